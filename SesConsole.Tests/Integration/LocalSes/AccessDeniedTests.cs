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
        DeniedActions = ["ses:DeleteIdentity", "ListIdentityPolicies", "ses:ListEmailIdentities"],
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
    public async Task ADeniedV2OperationIsAccessDeniedExceptionJson403AndOtherV2OperationsStillWork()
    {
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "example.com"));

        var list = await ReadOnlyV2Async(HttpMethod.Post, "v2/email/list-identities", "{}");
        var get = await ReadOnlyV2Async(HttpMethod.Get, "v2/email/identities/example.com");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal("application/json", list.Content.Headers.ContentType?.MediaType);
        Assert.Equal("AccessDeniedException", list.Headers.GetValues("x-amzn-ErrorType").Single());
        Assert.Contains(
            $"user/{ReadOnlyKey} is not authorized to perform: ses:ListEmailIdentities",
            await list.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }

    [Fact]
    public async Task ABadSignatureIsStillSignatureDoesNotMatchForADeniedV2Operation()
    {
        var reply = await ReadOnlyV2Async(HttpMethod.Post, "v2/email/list-identities", "{}", secret: "wrong");

        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);
        Assert.Equal("SignatureDoesNotMatch", reply.Headers.GetValues("x-amzn-ErrorType").Single());
    }

    [Fact]
    public async Task AnUnknownDeniedActionStopsTheServerAtStartNamingTheKey()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalSesHarness.StartAsync(options =>
            options.Credentials[0].DeniedActions = ["ses:CreateReceiptRule"]));

        Assert.Contains("LocalSes:Credentials[0]:DeniedActions", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ses:CreateReceiptRule", failure.Message, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> ReadOnlyV2Async(HttpMethod method, string relative, string? json = null, string secret = ReadOnlySecret)
    {
        var bytes = json is null ? [] : System.Text.Encoding.UTF8.GetBytes(json);
        var request = new HttpRequestMessage(method, new Uri(_ses.Server.BaseAddress, relative));
        if (json is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        TestSigV4Signer.Sign(request, bytes, ReadOnlyKey, secret, LocalSesHarness.Region, "ses", DateTimeOffset.UtcNow);
        return await _ses.Http.SendAsync(request);
    }

    private Task<SesReply> ReadOnlyAsync(string action, params (string Name, string Value)[] parameters) =>
        _ses.SendAsync([("Action", action), ("Version", "2010-12-01"), .. parameters], secret: ReadOnlySecret, accessKeyId: ReadOnlyKey);
}
