using SesConsole.Tests.Support.LocalSes;
using SesConsole.Tests.Support.Ses;
using System.Net;
using static SesConsole.Tests.Support.Ses.SesReply;

namespace SesConsole.Tests.Integration.LocalSes;

/// <summary>The policy operations accept an identity ARN as <c>Identity</c>, as SES documents.</summary>
[Trait("Category", "Integration")]
public sealed class PolicyIdentityArnTests : IAsyncLifetime
{
    private const string Arn = "arn:aws:ses:us-east-1:123456789012:identity/Sender@Example.COM";
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync()
    {
        _ses = await LocalSesHarness.StartAsync();
        (await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "Sender@Example.COM"))).Result("VerifyEmailIdentity");
        using var confirm = await _ses.Http.GetAsync(Assert.Single(await _ses.Server.Outbox.ListAsync(CancellationToken.None)).ConfirmationLink);
        confirm.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task PutListGetAndDeleteByArnActOnTheNamedIdentity()
    {
        (await _ses.CallAsync("PutIdentityPolicy", ("Identity", Arn), ("PolicyName", "by-arn"), ("Policy", Policy(Arn)))).Result("PutIdentityPolicy");

        var listedByName = Members((await _ses.CallAsync("ListIdentityPolicies", ("Identity", "Sender@Example.COM"))).Result("ListIdentityPolicies").Element(Ns + "PolicyNames"));
        var listedByArn = Members((await _ses.CallAsync("ListIdentityPolicies", ("Identity", Arn))).Result("ListIdentityPolicies").Element(Ns + "PolicyNames"));
        var got = Entries((await _ses.CallAsync("GetIdentityPolicies", ("Identity", Arn), ("PolicyNames.member.1", "by-arn"))).Result("GetIdentityPolicies").Element(Ns + "Policies"));
        (await _ses.CallAsync("DeleteIdentityPolicy", ("Identity", Arn), ("PolicyName", "by-arn"))).Result("DeleteIdentityPolicy");
        var afterDelete = Members((await _ses.CallAsync("ListIdentityPolicies", ("Identity", "Sender@Example.COM"))).Result("ListIdentityPolicies").Element(Ns + "PolicyNames"));

        Assert.Equal(["by-arn"], listedByName);
        Assert.Equal(["by-arn"], listedByArn);
        Assert.Equal(Policy(Arn), got["by-arn"].Value);
        Assert.Empty(afterDelete);
    }

    [Fact]
    public async Task AnArnIsCaseSensitiveInItsEmailPart()
    {
        var reply = await _ses.CallAsync("ListIdentityPolicies", ("Identity", "arn:aws:ses:us-east-1:123456789012:identity/sender@example.com"));
        (await _ses.CallAsync("PutIdentityPolicy", ("Identity", Arn), ("PolicyName", "p"), ("Policy", Policy(Arn)))).Result("PutIdentityPolicy");
        var other = await _ses.CallAsync("ListIdentityPolicies", ("Identity", "arn:aws:ses:us-east-1:123456789012:identity/sender@example.com"));

        Assert.Empty(Members(reply.Result("ListIdentityPolicies").Element(Ns + "PolicyNames")));
        Assert.Empty(Members(other.Result("ListIdentityPolicies").Element(Ns + "PolicyNames")));
    }

    [Theory]
    [InlineData("arn:aws:ses:eu-west-1:123456789012:identity/Sender@Example.COM")]
    [InlineData("arn:aws:ses:us-east-1:999999999999:identity/Sender@Example.COM")]
    [InlineData("arn:aws:ses:us-east-1:123456789012:identity/")]
    [InlineData("arn:aws:ses:us-east-1:123456789012:configuration-set/Sender@Example.COM")]
    public async Task AnArnOfAnotherRegionOrAccountOrKindIsInvalidParameterValueAndStoresNothing(string arn)
    {
        var reply = await _ses.CallAsync("PutIdentityPolicy", ("Identity", arn), ("PolicyName", "p"), ("Policy", Policy(Arn)));
        var listed = Members((await _ses.CallAsync("ListIdentityPolicies", ("Identity", Arn))).Result("ListIdentityPolicies").Element(Ns + "PolicyNames"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("InvalidParameterValue", reply.ErrorCode);
        Assert.Contains(arn, reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(listed);
    }

    private static string Policy(string resource) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["ses:SendEmail"],"Resource":"{{resource}}"}]}""";
}
