using System.Net;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>Each of the 13 identity operations through our client against LocalSes over real loopback HTTP.</summary>
[Trait("Category", "Integration")]
public sealed class OperationRoundTripTests
{
    private const string Region = LocalSesEndpoint.Region;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task EmailWithPlusAndMixedCaseRoundTripsThroughVerifyListAndStatus()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        const string email = "First.Last+billing@Mail.Example.com";

        var ack = await core.Client.VerifyEmailIdentityAsync(email, None);

        Assert.False(string.IsNullOrEmpty(ack.RequestId));
        var listed = await core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), None);
        Assert.Equal([email], listed.Identities);
        Assert.Null(listed.NextToken);
        var statuses = await core.Client.GetIdentityVerificationAttributesAsync([email], None);
        Assert.Equal(SesVerificationStatus.Pending, statuses.VerificationAttributes[email].VerificationStatus);
        Assert.Equal(email, Assert.Single(await ses.Server.Outbox.ListAsync(None)).To);
    }

    [Fact]
    public async Task PunycodeDomainRoundTripsWithItsVerificationToken()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        const string domain = "xn--bcher-kva.example";

        var started = await core.Client.VerifyDomainIdentityAsync(domain, None);

        Assert.False(string.IsNullOrWhiteSpace(started.VerificationToken));
        var statuses = await core.Client.GetIdentityVerificationAttributesAsync([domain], None);
        var attributes = statuses.VerificationAttributes[domain];
        Assert.Equal(SesVerificationStatus.Pending, attributes.VerificationStatus);
        Assert.Equal(started.VerificationToken, attributes.VerificationToken);
        var domains = await core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(SesIdentityType.Domain), None);
        Assert.Equal([domain], domains.Identities);
    }

    [Fact]
    public async Task UppercaseDomainComesBackLowerCased()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);

        await core.Client.VerifyDomainIdentityAsync("Sales.EXAMPLE.org", None);

        Assert.Equal(["sales.example.org"], (await core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), None)).Identities);
    }

    [Fact]
    public async Task UnicodeDomainIsSignedAndSentIntactAndRefusedAsSesRefusesIt()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);

        var refused = await Assert.ThrowsAsync<SesCallException>(() => core.Client.VerifyDomainIdentityAsync("bücher.example", None));

        // Not SignatureDoesNotMatch: the non-ASCII body was signed as sent, and the server read the name back intact.
        Assert.Equal("InvalidParameterValue", refused.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("bücher.example", refused.Message, StringComparison.Ordinal);
        Assert.Contains("punycode", refused.Message, StringComparison.Ordinal);
        Assert.Empty((await core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), None)).Identities);
    }

    [Fact]
    public async Task DkimTokensOfVerifyDomainDkimAreTheOnesGetIdentityDkimAttributesReports()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        const string domain = "dkim.xn--bcher-kva.example";

        var dkim = await core.Client.VerifyDomainDkimAsync(domain, None);

        Assert.Equal(3, dkim.DkimTokens.Count);
        Assert.Equal(3, dkim.DkimTokens.Distinct(StringComparer.Ordinal).Count());
        var attributes = await core.Client.GetIdentityDkimAttributesAsync([domain, "never-verified.example"], None);
        Assert.True(attributes.DkimAttributes[domain].DkimEnabled);
        Assert.Equal(SesVerificationStatus.Pending, attributes.DkimAttributes[domain].DkimVerificationStatus);
        Assert.Equal(dkim.DkimTokens.Order(StringComparer.Ordinal), attributes.DkimAttributes[domain].DkimTokens.Order(StringComparer.Ordinal));
        Assert.False(attributes.DkimAttributes["never-verified.example"].DkimEnabled);
        Assert.Equal(SesVerificationStatus.NotStarted, attributes.DkimAttributes["never-verified.example"].DkimVerificationStatus);
        // VerifyDomainDkim creates the domain identity, as SES does.
        Assert.Equal([domain], (await core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), None)).Identities);
    }

    [Fact]
    public async Task MailFromDomainIsSetReadAndRemoved()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("mailfrom.example", None);

        await core.Client.SetIdentityMailFromDomainAsync("mailfrom.example", "bounce.mailfrom.example", "RejectMessage", None);

        var set = (await core.Client.GetIdentityMailFromDomainAttributesAsync(["mailfrom.example"], None))
            .MailFromDomainAttributes["mailfrom.example"];
        Assert.Equal("bounce.mailfrom.example", set.MailFromDomain);
        Assert.Equal(SesVerificationStatus.Pending, set.MailFromDomainStatus);
        Assert.Equal("RejectMessage", set.BehaviorOnMXFailure);

        await core.Client.SetIdentityMailFromDomainAsync("mailfrom.example", null, null, None);

        var removed = (await core.Client.GetIdentityMailFromDomainAttributesAsync(["mailfrom.example"], None))
            .MailFromDomainAttributes["mailfrom.example"];
        Assert.Equal(string.Empty, removed.MailFromDomain);
        Assert.Equal(SesVerificationStatus.NotStarted, removed.MailFromDomainStatus);
    }

    [Fact]
    public async Task PolicyWithQuotesAndNewlinesRoundTripsByteForByte()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        const string email = "owner+policies@policy.example";
        await core.Client.VerifyEmailIdentityAsync(email, None);
        Assert.Equal(HttpStatusCode.OK, await Outbox.ConfirmAsync(ses.Server, email));
        var arn = $"arn:aws:ses:{Region}:{LocalSesEndpoint.AccountId}:identity/{email}";
        var document = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n    \"Sid\": \"AllowApp\",\n"
            + "    \"Effect\": \"Allow\",\n    \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"},\n"
            + "    \"Action\": [\"ses:SendEmail\", \"ses:SendRawEmail\"],\n"
            + $"    \"Resource\": \"{arn}\",\n"
            + "    \"Condition\": {\"StringEquals\": {\"ses:FromDisplayName\": \"Billing \\\"Team\\\" & Co. <ü> 100%\"}}\n  }]\n}";

        await core.Client.PutIdentityPolicyAsync(email, "App_Send-1", document, None);

        Assert.Equal(["App_Send-1"], (await core.Client.ListIdentityPoliciesAsync(email, None)).PolicyNames);
        var fetched = await core.Client.GetIdentityPoliciesAsync(email, ["App_Send-1", "Missing"], None);
        Assert.Equal(document, fetched.Policies["App_Send-1"]);
        Assert.False(fetched.Policies.ContainsKey("Missing"));

        await core.Client.DeleteIdentityPolicyAsync(email, "App_Send-1", None);

        Assert.Empty((await core.Client.ListIdentityPoliciesAsync(email, None)).PolicyNames);
        Assert.Empty((await core.Client.GetIdentityPoliciesAsync(email, ["App_Send-1"], None)).Policies);
    }

    [Fact]
    public async Task DeletedIdentityIsGoneFromListAndAttributes()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyEmailIdentityAsync("keep+me@delete.example", None);
        await core.Client.VerifyEmailIdentityAsync("drop+me@delete.example", None);

        await core.Client.DeleteIdentityAsync("drop+me@delete.example", None);

        Assert.Equal(["keep+me@delete.example"], (await core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), None)).Identities);
        var statuses = await core.Client.GetIdentityVerificationAttributesAsync(["keep+me@delete.example", "drop+me@delete.example"], None);
        Assert.Equal(["keep+me@delete.example"], statuses.VerificationAttributes.Keys);
    }

    [Fact]
    public async Task EveryOneOfTheThirteenOperationsReachesLocalSesAndSucceeds()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        var client = core.Client;
        const string email = "all+ops@ops.example";
        const string domain = "ops.example";

        await client.VerifyEmailIdentityAsync(email, None);
        await client.VerifyDomainIdentityAsync(domain, None);
        await client.VerifyDomainDkimAsync(domain, None);
        await client.ListIdentitiesAsync(new ListIdentitiesRequest(MaxItems: 1), None);
        await client.GetIdentityVerificationAttributesAsync([email, domain], None);
        await client.GetIdentityDkimAttributesAsync([domain], None);
        await client.SetIdentityMailFromDomainAsync(domain, "mail.ops.example", "UseDefaultValue", None);
        await client.GetIdentityMailFromDomainAttributesAsync([domain], None);
        await Outbox.ConfirmAsync(ses.Server, email);
        var arn = $"arn:aws:ses:{Region}:{LocalSesEndpoint.AccountId}:identity/{email}";
        await client.PutIdentityPolicyAsync(
            email, "p1", $$$"""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"ses:SendEmail","Resource":"{{{arn}}}"}}""", None);
        await client.ListIdentityPoliciesAsync(email, None);
        await client.GetIdentityPoliciesAsync(email, ["p1"], None);
        await client.DeleteIdentityPolicyAsync(email, "p1", None);
        await client.DeleteIdentityAsync(email, None);

        string[] operations =
        [
            "ListIdentities", "GetIdentityVerificationAttributes", "VerifyEmailIdentity", "VerifyDomainIdentity",
            "VerifyDomainDkim", "GetIdentityDkimAttributes", "DeleteIdentity", "PutIdentityPolicy", "GetIdentityPolicies",
            "ListIdentityPolicies", "DeleteIdentityPolicy", "SetIdentityMailFromDomain", "GetIdentityMailFromDomainAttributes",
        ];
        // Exactly one request each: nothing was refused and retried, nothing was sent twice.
        Assert.Equal(operations.Order(StringComparer.Ordinal), ses.Server.RequestCounts.Keys.Order(StringComparer.Ordinal));
        Assert.All(operations, operation => Assert.Equal(1, ses.Count(operation)));
    }
}
