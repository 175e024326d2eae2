using SesConsole.Tests.Support.LocalSes;
using SesConsole.Tests.Support.Ses;

using static SesConsole.Tests.Support.Ses.SesReply;

namespace SesConsole.Tests.Integration.LocalSes;

/// <summary>Every served operation answers with SES's XML shape in the 2010-12-01 namespace.</summary>
[Trait("Category", "Integration")]
public sealed class OperationShapeTests : IAsyncLifetime
{
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync() => _ses = await LocalSesHarness.StartAsync();

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task VerifyDomainIdentityReturnsA44CharacterTokenAndTheSameOneOnReverify()
    {
        var first = (await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "Example.COM"))).Result("VerifyDomainIdentity");
        var again = (await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "example.com"))).Result("VerifyDomainIdentity");
        var other = (await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "other.example"))).Result("VerifyDomainIdentity");

        var token = first.Element(Ns + "VerificationToken")!.Value;
        Assert.Equal(44, token.Length);
        Assert.Equal(token, again.Element(Ns + "VerificationToken")!.Value);
        Assert.NotEqual(token, other.Element(Ns + "VerificationToken")!.Value);
    }

    [Fact]
    public async Task ListReturnsPendingStatusForNewDomain()
    {
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "example.com"));
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "Ops@Example.com"));

        var list = (await _ses.CallAsync("ListIdentities")).Result("ListIdentities");
        var attributes = (await _ses.CallAsync("GetIdentityVerificationAttributes", LocalSesHarness.Identities("example.com", "Ops@Example.com", "missing.example")))
            .Result("GetIdentityVerificationAttributes");

        Assert.Equal(["Ops@Example.com", "example.com"], Members(list.Element(Ns + "Identities")));
        var entries = Entries(attributes.Element(Ns + "VerificationAttributes"));
        Assert.Equal(2, entries.Count);
        Assert.Equal("Pending", entries["example.com"].Element(Ns + "VerificationStatus")!.Value);
        Assert.Equal(44, entries["example.com"].Element(Ns + "VerificationToken")!.Value.Length);
        Assert.Equal("Pending", entries["Ops@Example.com"].Element(Ns + "VerificationStatus")!.Value);
        Assert.Null(entries["Ops@Example.com"].Element(Ns + "VerificationToken"));
    }

    [Fact]
    public async Task EmailIdentitiesAreCaseSensitive()
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "Ops@example.com"));

        var attributes = (await _ses.CallAsync("GetIdentityVerificationAttributes", LocalSesHarness.Identities("ops@example.com")))
            .Result("GetIdentityVerificationAttributes");

        Assert.Empty(Entries(attributes.Element(Ns + "VerificationAttributes")));
    }

    [Fact]
    public async Task VerifyDomainDkimReturnsThreeStableTokensAndCreatesTheDomain()
    {
        var first = Members((await _ses.CallAsync("VerifyDomainDkim", ("Domain", "dkim.example"))).Result("VerifyDomainDkim").Element(Ns + "DkimTokens"));
        var again = Members((await _ses.CallAsync("VerifyDomainDkim", ("Domain", "dkim.example"))).Result("VerifyDomainDkim").Element(Ns + "DkimTokens"));
        var dkim = (await _ses.CallAsync("GetIdentityDkimAttributes", LocalSesHarness.Identities("dkim.example", "unknown.example")))
            .Result("GetIdentityDkimAttributes");
        var list = Members((await _ses.CallAsync("ListIdentities", ("IdentityType", "Domain"))).Result("ListIdentities").Element(Ns + "Identities"));

        Assert.Equal(3, first.Distinct().Count());
        Assert.Equal(first, again);
        var entries = Entries(dkim.Element(Ns + "DkimAttributes"));
        Assert.Equal("true", entries["dkim.example"].Element(Ns + "DkimEnabled")!.Value);
        Assert.Equal("Pending", entries["dkim.example"].Element(Ns + "DkimVerificationStatus")!.Value);
        Assert.Equal(first, Members(entries["dkim.example"].Element(Ns + "DkimTokens")));
        Assert.Equal("false", entries["unknown.example"].Element(Ns + "DkimEnabled")!.Value);
        Assert.Equal("NotStarted", entries["unknown.example"].Element(Ns + "DkimVerificationStatus")!.Value);
        Assert.Equal(["dkim.example"], list);
    }

    [Fact]
    public async Task DeleteIdentityRemovesItAndItsPolicies()
    {
        await VerifiedEmailAsync("owner@example.com");
        Assert.Equal(LocalSesHarness.Ok, (await _ses.CallAsync("PutIdentityPolicy", Policy("owner@example.com", "p1"))).Status);

        (await _ses.CallAsync("DeleteIdentity", ("Identity", "owner@example.com"))).Result("DeleteIdentity");
        await VerifiedEmailAsync("owner@example.com");
        var policies = (await _ses.CallAsync("ListIdentityPolicies", ("Identity", "owner@example.com"))).Result("ListIdentityPolicies");

        Assert.Empty(Members(policies.Element(Ns + "PolicyNames")));
    }

    [Fact]
    public async Task DeleteIdentitySucceedsForAnUnknownIdentity()
    {
        var result = await _ses.CallAsync("DeleteIdentity", ("Identity", "nobody.example"));

        result.Result("DeleteIdentity");
    }

    [Fact]
    public async Task PolicyOperationsRoundTripADocument()
    {
        await VerifiedEmailAsync("sender@example.com");
        var put = await _ses.CallAsync("PutIdentityPolicy", Policy("sender@example.com", "allow-app"));
        var list = (await _ses.CallAsync("ListIdentityPolicies", ("Identity", "sender@example.com"))).Result("ListIdentityPolicies");
        var get = (await _ses.CallAsync("GetIdentityPolicies", ("Identity", "sender@example.com"), ("PolicyNames.member.1", "allow-app"), ("PolicyNames.member.2", "absent")))
            .Result("GetIdentityPolicies");
        var delete = await _ses.CallAsync("DeleteIdentityPolicy", ("Identity", "sender@example.com"), ("PolicyName", "allow-app"));
        var deleteAgain = await _ses.CallAsync("DeleteIdentityPolicy", ("Identity", "sender@example.com"), ("PolicyName", "allow-app"));
        var after = (await _ses.CallAsync("ListIdentityPolicies", ("Identity", "sender@example.com"))).Result("ListIdentityPolicies");

        put.Result("PutIdentityPolicy");
        Assert.Equal(["allow-app"], Members(list.Element(Ns + "PolicyNames")));
        var policies = Entries(get.Element(Ns + "Policies"));
        Assert.Equal(["allow-app"], policies.Keys);
        Assert.Equal(PolicyDocument("sender@example.com"), policies["allow-app"].Value);
        delete.Result("DeleteIdentityPolicy");
        deleteAgain.Result("DeleteIdentityPolicy");
        Assert.Empty(Members(after.Element(Ns + "PolicyNames")));
    }

    [Fact]
    public async Task MailFromDomainIsSetPendingAndReported()
    {
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "example.com"));
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "plain.example"));

        var set = await _ses.CallAsync("SetIdentityMailFromDomain", ("Identity", "example.com"), ("MailFromDomain", "bounce.example.com"), ("BehaviorOnMXFailure", "RejectMessage"));
        var attributes = (await _ses.CallAsync("GetIdentityMailFromDomainAttributes", LocalSesHarness.Identities("example.com", "plain.example", "missing.example")))
            .Result("GetIdentityMailFromDomainAttributes");

        set.Result("SetIdentityMailFromDomain");
        var entries = Entries(attributes.Element(Ns + "MailFromDomainAttributes"));
        Assert.Equal(2, entries.Count);
        Assert.Equal("bounce.example.com", entries["example.com"].Element(Ns + "MailFromDomain")!.Value);
        Assert.Equal("Pending", entries["example.com"].Element(Ns + "MailFromDomainStatus")!.Value);
        Assert.Equal("RejectMessage", entries["example.com"].Element(Ns + "BehaviorOnMXFailure")!.Value);
        Assert.Null(entries["plain.example"].Element(Ns + "MailFromDomain"));
        Assert.Equal("UseDefaultValue", entries["plain.example"].Element(Ns + "BehaviorOnMXFailure")!.Value);
    }

    [Fact]
    public async Task MailFromDomainMustBeASubdomainOfTheIdentity()
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "ops@example.com"));

        var outside = await _ses.CallAsync("SetIdentityMailFromDomain", ("Identity", "ops@example.com"), ("MailFromDomain", "mail.other.example"));
        var inside = await _ses.CallAsync("SetIdentityMailFromDomain", ("Identity", "ops@example.com"), ("MailFromDomain", "mail.example.com"));

        Assert.Equal("InvalidParameterValue", outside.ErrorCode);
        inside.Result("SetIdentityMailFromDomain");
    }

    [Fact]
    public async Task IdentitiesArePerRegion()
    {
        await _ses.CallInRegionAsync("eu-west-1", "VerifyDomainIdentity", ("Domain", "europe.example"));

        var east = Members((await _ses.CallInRegionAsync("us-east-1", "ListIdentities")).Result("ListIdentities").Element(Ns + "Identities"));
        var west = Members((await _ses.CallInRegionAsync("eu-west-1", "ListIdentities")).Result("ListIdentities").Element(Ns + "Identities"));

        Assert.Empty(east);
        Assert.Equal(["europe.example"], west);
    }

    [Fact]
    public async Task GetWithQueryParametersIsServedLikePost()
    {
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "query.example"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_ses.Server.BaseAddress, "?Action=ListIdentities&Version=2010-12-01&MaxItems=5"));
        TestSigV4Signer.Sign(request, [], LocalSesHarness.AccessKeyId, LocalSesHarness.Secret, LocalSesHarness.Region, "ses", DateTimeOffset.UtcNow);

        var reply = await LocalSesHarness.ReadAsync(await _ses.Http.SendAsync(request));

        Assert.Equal(["query.example"], Members(reply.Result("ListIdentities").Element(Ns + "Identities")));
    }

    internal static (string, string)[] Policy(string identity, string name) =>
        [("Identity", identity), ("PolicyName", name), ("Policy", PolicyDocument(identity))];

    internal static string PolicyDocument(string identity, string region = LocalSesHarness.Region) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"app","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["ses:SendEmail","ses:SendRawEmail"],"Resource":"arn:aws:ses:{{region}}:123456789012:identity/{{identity}}"}]}""";

    private async Task VerifiedEmailAsync(string email)
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", email));
        var mail = (await _ses.Server.Outbox.ListAsync(CancellationToken.None)).First(m => m.To == email);
        using var response = await _ses.Http.GetAsync(mail.ConfirmationLink);
        response.EnsureSuccessStatusCode();
    }
}
