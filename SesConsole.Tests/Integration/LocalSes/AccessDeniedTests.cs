using SesConsole.Tests.Support.LocalSes;
using SesConsole.Tests.Support.Ses;
using System.Net;
using SesConsole.LocalSes;
using static SesConsole.Tests.Support.Ses.SesReply;

namespace SesConsole.Tests.Integration.LocalSes;

/// <summary>A credential's DeniedActions are answered as SES answers an IAM policy that lacks them: AccessDenied, 403.</summary>
[Trait("Category", "Integration")]
public sealed class AccessDeniedTests : IAsyncLifetime
{
    private const string ReadOnlyKey = "AKIALOCALSESREADONLY";
    private const string ReadOnlySecret = "LocalSesReadOnlySecret/NotForAws+000000";
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync() => _ses = await LocalSesHarness.StartAsync(options => options.Credentials.Add(new LocalSesCredential
    {
        AccessKeyId = ReadOnlyKey,
        SecretAccessKey = ReadOnlySecret,
        DeniedActions = ["ses:DeleteIdentity", "ListIdentityPolicies"],
    }));

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task DeniedActionIsAccessDeniedWithSesXmlNamingTheAction()
    {
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "example.com"));

        var reply = await ReadOnlyAsync("ListIdentityPolicies", ("Identity", "example.com"));

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("text/xml", reply.ContentType);
        Assert.Equal("AccessDenied", reply.ErrorCode);
        Assert.Equal("Sender", reply.ErrorType);
        Assert.Equal(
            $"User: arn:aws:iam::123456789012:user/{ReadOnlyKey} is not authorized to perform: ses:ListIdentityPolicies on resource: arn:aws:ses:us-east-1:123456789012:identity/example.com",
            reply.ErrorMessage);
    }

    [Fact]
    public async Task DeniedDeleteChangesNothing()
    {
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "example.com"));

        var reply = await ReadOnlyAsync("DeleteIdentity", ("Identity", "example.com"));
        var list = (await _ses.CallAsync("ListIdentities")).Result("ListIdentities");

        Assert.Equal("AccessDenied", reply.ErrorCode);
        Assert.Contains("ses:DeleteIdentity", reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(["example.com"], Members(list.Element(Ns + "Identities")));
    }

    [Fact]
    public async Task ActionsNotDeniedStillWorkForTheSameKeyAndEveryActionForOtherKeys()
    {
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "example.com"));

        var listedByReadOnly = (await ReadOnlyAsync("ListIdentities")).Result("ListIdentities");
        var policiesForOtherKey = await _ses.CallAsync("ListIdentityPolicies", ("Identity", "example.com"));

        Assert.Equal(["example.com"], Members(listedByReadOnly.Element(Ns + "Identities")));
        policiesForOtherKey.Result("ListIdentityPolicies");
    }

    [Fact]
    public async Task ABadSignatureIsStillSignatureDoesNotMatchForADeniedAction()
    {
        var reply = await _ses.SendAsync([("Action", "DeleteIdentity"), ("Version", "2010-12-01"), ("Identity", "x.example")], secret: "wrong", accessKeyId: ReadOnlyKey);

        Assert.Equal("SignatureDoesNotMatch", reply.ErrorCode);
    }

    [Fact]
    public async Task AnUnknownDeniedActionStopsTheServerAtStartNamingTheKey()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalSesHarness.StartAsync(options =>
            options.Credentials[0].DeniedActions = ["ses:SendEmail"]));

        Assert.Contains("LocalSes:Credentials[0]:DeniedActions", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ses:SendEmail", failure.Message, StringComparison.Ordinal);
    }

    private Task<SesReply> ReadOnlyAsync(string action, params (string Name, string Value)[] parameters) =>
        _ses.SendAsync([("Action", action), ("Version", "2010-12-01"), .. parameters], secret: ReadOnlySecret, accessKeyId: ReadOnlyKey);
}
