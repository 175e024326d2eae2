using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Ses.Support;
using SesConsole.Tests.Support.Ses;

namespace SesConsole.Tests.Integration.Core.Ses;

/// <summary>
/// Each operation against a real loopback listener: the form body it sends, the SigV4 signature it carries,
/// and how it reads SES's answer (written by hand from the model's shapes).
/// </summary>
[Trait("Category", "Integration")]
public sealed class OperationWireTests
{
    private static KeyValuePair<string, string> P(string name, string value) => new(name, value);

    // The SDK writes parameters in canonical (sorted) order; SES reads them by name, so compare as a set.
    private static void AssertForm(KeyValuePair<string, string>[] expected, RecordedRequest request) =>
        Assert.Equal(
            expected.OrderBy(p => p.Key, StringComparer.Ordinal),
            request.Form.OrderBy(p => p.Key, StringComparer.Ordinal));

    private static async Task<(T Result, RecordedRequest Request)> CallAsync<T>(
        string action, string resultXml, Func<ISesClient, Task<T>> call)
    {
        await using var ses = await LoopbackSes.StartAsync(request => SesReply.Success(request.Action, resultXml, $"req-{action}"));
        using var factory = SesClientHarness.CreateFactory(ses.Url);
        var result = await call(factory.ForRegion(SesClientHarness.Region));
        var request = Assert.Single(ses.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/", request.Path);
        Assert.StartsWith("application/x-www-form-urlencoded", request.Header("Content-Type"), StringComparison.Ordinal);
        SigV4Check.AssertSignedForSes(request, SesClientHarness.Region);
        return (result, request);
    }

    [Fact]
    public async Task ListIdentitiesSendsTypeMaxItemsAndTokenAndReadsNamesAndNextToken()
    {
        var (result, request) = await CallAsync(
            "ListIdentities",
            "<Identities><member>example.com</member><member>Ops@Example.com</member></Identities><NextToken>page-2</NextToken>",
            c => c.ListIdentitiesAsync(new ListIdentitiesRequest(SesIdentityType.Domain, 500, "page+1/=="), CancellationToken.None));

        AssertForm([P("Action", "ListIdentities"), P("Version", "2010-12-01"), P("IdentityType", "Domain"), P("MaxItems", "500"), P("NextToken", "page+1/==")], request);
        Assert.Contains("NextToken=page%2B1%2F%3D%3D", request.Body, StringComparison.Ordinal);
        Assert.Equal(["example.com", "Ops@Example.com"], result.Identities);
        Assert.Equal("page-2", result.NextToken);
        Assert.Equal("req-ListIdentities", result.RequestId);
    }

    [Fact]
    public async Task ListIdentitiesWithoutFiltersSendsOnlyActionAndVersionAndReadsMissingTokenAsNull()
    {
        var (result, request) = await CallAsync(
            "ListIdentities", "<Identities/>", c => c.ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None));

        AssertForm([P("Action", "ListIdentities"), P("Version", "2010-12-01")], request);
        Assert.Empty(result.Identities);
        Assert.Null(result.NextToken);
    }

    [Fact]
    public async Task GetIdentityVerificationAttributesSendsMemberListAndReadsStatusMap()
    {
        var (result, request) = await CallAsync(
            "GetIdentityVerificationAttributes",
            """
            <VerificationAttributes>
              <entry><key>example.com</key><value><VerificationStatus>Pending</VerificationStatus><VerificationToken>QGx0b2tlbg==</VerificationToken></value></entry>
              <entry><key>a+b@example.com</key><value><VerificationStatus>Success</VerificationStatus></value></entry>
            </VerificationAttributes>
            """,
            c => c.GetIdentityVerificationAttributesAsync(["example.com", "a+b@example.com", "müller.example"], CancellationToken.None));

        AssertForm([
                P("Action", "GetIdentityVerificationAttributes"), P("Version", "2010-12-01"),
                P("Identities.member.1", "example.com"), P("Identities.member.2", "a+b@example.com"), P("Identities.member.3", "müller.example"),
            ], request);
        Assert.Contains("Identities.member.2=a%2Bb%40example.com", request.Body, StringComparison.Ordinal);
        Assert.Contains("Identities.member.3=m%C3%BCller.example", request.Body, StringComparison.Ordinal);
        Assert.Equal(2, result.VerificationAttributes.Count);
        Assert.Equal(new IdentityVerificationAttributes(SesVerificationStatus.Pending, "QGx0b2tlbg=="), result.VerificationAttributes["example.com"]);
        Assert.Equal(new IdentityVerificationAttributes(SesVerificationStatus.Success, null), result.VerificationAttributes["a+b@example.com"]);
        Assert.Equal("req-GetIdentityVerificationAttributes", result.RequestId);
    }

    [Fact]
    public async Task VerifyEmailIdentitySendsAddressUnchangedAndReadsRequestId()
    {
        var (result, request) = await CallAsync(
            "VerifyEmailIdentity", string.Empty, c => c.VerifyEmailIdentityAsync("First.Last+tag@Example.com", CancellationToken.None));

        AssertForm([P("Action", "VerifyEmailIdentity"), P("Version", "2010-12-01"), P("EmailAddress", "First.Last+tag@Example.com")], request);
        Assert.Contains("EmailAddress=First.Last%2Btag%40Example.com", request.Body, StringComparison.Ordinal);
        Assert.Equal(new SesAcknowledgement("req-VerifyEmailIdentity"), result);
    }

    [Fact]
    public async Task VerifyDomainIdentitySendsDomainAndReadsVerificationToken()
    {
        var (result, request) = await CallAsync(
            "VerifyDomainIdentity",
            "<VerificationToken>pmBGN/7MjnfhTKUZ06Enqq1PeGUaOkw8lGhcfwefcHU=</VerificationToken>",
            c => c.VerifyDomainIdentityAsync("example.com", CancellationToken.None));

        AssertForm([P("Action", "VerifyDomainIdentity"), P("Version", "2010-12-01"), P("Domain", "example.com")], request);
        Assert.Equal("pmBGN/7MjnfhTKUZ06Enqq1PeGUaOkw8lGhcfwefcHU=", result.VerificationToken);
        Assert.Equal("req-VerifyDomainIdentity", result.RequestId);
    }

    [Fact]
    public async Task VerifyDomainDkimSendsDomainAndReadsThreeTokensInOrder()
    {
        var (result, request) = await CallAsync(
            "VerifyDomainDkim",
            "<DkimTokens><member>tok1abc</member><member>tok2def</member><member>tok3ghi</member></DkimTokens>",
            c => c.VerifyDomainDkimAsync("xn--mller-kva.example", CancellationToken.None));

        AssertForm([P("Action", "VerifyDomainDkim"), P("Version", "2010-12-01"), P("Domain", "xn--mller-kva.example")], request);
        Assert.Equal(["tok1abc", "tok2def", "tok3ghi"], result.DkimTokens);
        Assert.Equal("req-VerifyDomainDkim", result.RequestId);
    }

    [Fact]
    public async Task GetIdentityDkimAttributesSendsMemberListAndReadsEnabledStatusAndTokens()
    {
        var (result, request) = await CallAsync(
            "GetIdentityDkimAttributes",
            """
            <DkimAttributes>
              <entry><key>example.com</key><value><DkimEnabled>true</DkimEnabled><DkimVerificationStatus>Success</DkimVerificationStatus>
                <DkimTokens><member>t1</member><member>t2</member><member>t3</member></DkimTokens></value></entry>
              <entry><key>ops@example.com</key><value><DkimEnabled>false</DkimEnabled><DkimVerificationStatus>NotStarted</DkimVerificationStatus></value></entry>
            </DkimAttributes>
            """,
            c => c.GetIdentityDkimAttributesAsync(["example.com", "ops@example.com"], CancellationToken.None));

        AssertForm([P("Action", "GetIdentityDkimAttributes"), P("Version", "2010-12-01"), P("Identities.member.1", "example.com"), P("Identities.member.2", "ops@example.com")], request);
        var domain = result.DkimAttributes["example.com"];
        Assert.True(domain.DkimEnabled);
        Assert.Equal(SesVerificationStatus.Success, domain.DkimVerificationStatus);
        Assert.Equal(["t1", "t2", "t3"], domain.DkimTokens);
        var email = result.DkimAttributes["ops@example.com"];
        Assert.False(email.DkimEnabled);
        Assert.Equal(SesVerificationStatus.NotStarted, email.DkimVerificationStatus);
        Assert.Empty(email.DkimTokens);
    }

    [Fact]
    public async Task DeleteIdentitySendsIdentityAndReadsRequestId()
    {
        var (result, request) = await CallAsync(
            "DeleteIdentity", string.Empty, c => c.DeleteIdentityAsync("ops@example.com", CancellationToken.None));

        AssertForm([P("Action", "DeleteIdentity"), P("Version", "2010-12-01"), P("Identity", "ops@example.com")], request);
        Assert.Equal("req-DeleteIdentity", result.RequestId);
    }

    [Fact]
    public async Task PutIdentityPolicySendsNameAndJsonDocumentEncoded()
    {
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":["ses:SendEmail"],"Resource":"arn:aws:ses:eu-west-1:123456789012:identity/example.com"}]}""";
        var (result, request) = await CallAsync(
            "PutIdentityPolicy", string.Empty, c => c.PutIdentityPolicyAsync("example.com", "send-from_app", policy, CancellationToken.None));

        AssertForm([P("Action", "PutIdentityPolicy"), P("Version", "2010-12-01"), P("Identity", "example.com"), P("PolicyName", "send-from_app"), P("Policy", policy)], request);
        Assert.Contains("Policy=%7B%22Version%22%3A%222012-10-17%22", request.Body, StringComparison.Ordinal);
        Assert.Equal("req-PutIdentityPolicy", result.RequestId);
    }

    [Fact]
    public async Task GetIdentityPoliciesSendsPolicyNameListAndReadsPolicyMap()
    {
        var (result, request) = await CallAsync(
            "GetIdentityPolicies",
            """<Policies><entry><key>app</key><value>{"Version":"2012-10-17","Statement":[]}</value></entry><entry><key>other</key><value>{}</value></entry></Policies>""",
            c => c.GetIdentityPoliciesAsync("example.com", ["app", "other"], CancellationToken.None));

        AssertForm([P("Action", "GetIdentityPolicies"), P("Version", "2010-12-01"), P("Identity", "example.com"), P("PolicyNames.member.1", "app"), P("PolicyNames.member.2", "other")], request);
        Assert.Equal("""{"Version":"2012-10-17","Statement":[]}""", result.Policies["app"]);
        Assert.Equal("{}", result.Policies["other"]);
        Assert.Equal("req-GetIdentityPolicies", result.RequestId);
    }

    [Fact]
    public async Task ListIdentityPoliciesSendsIdentityAndReadsNames()
    {
        var (result, request) = await CallAsync(
            "ListIdentityPolicies",
            "<PolicyNames><member>app</member><member>billing</member></PolicyNames>",
            c => c.ListIdentityPoliciesAsync("example.com", CancellationToken.None));

        AssertForm([P("Action", "ListIdentityPolicies"), P("Version", "2010-12-01"), P("Identity", "example.com")], request);
        Assert.Equal(["app", "billing"], result.PolicyNames);
        Assert.Equal("req-ListIdentityPolicies", result.RequestId);
    }

    [Fact]
    public async Task DeleteIdentityPolicySendsIdentityAndPolicyName()
    {
        var (result, request) = await CallAsync(
            "DeleteIdentityPolicy", string.Empty, c => c.DeleteIdentityPolicyAsync("example.com", "app", CancellationToken.None));

        AssertForm([P("Action", "DeleteIdentityPolicy"), P("Version", "2010-12-01"), P("Identity", "example.com"), P("PolicyName", "app")], request);
        Assert.Equal("req-DeleteIdentityPolicy", result.RequestId);
    }

    [Fact]
    public async Task SetIdentityMailFromDomainSendsDomainAndBehavior()
    {
        var (result, request) = await CallAsync(
            "SetIdentityMailFromDomain",
            string.Empty,
            c => c.SetIdentityMailFromDomainAsync("example.com", "bounce.example.com", "RejectMessage", CancellationToken.None));

        AssertForm([
                P("Action", "SetIdentityMailFromDomain"), P("Version", "2010-12-01"), P("Identity", "example.com"),
                P("MailFromDomain", "bounce.example.com"), P("BehaviorOnMXFailure", "RejectMessage"),
            ], request);
        Assert.Equal("req-SetIdentityMailFromDomain", result.RequestId);
    }

    [Fact]
    public async Task SetIdentityMailFromDomainWithNullOmitsTheDomainSoSesRemovesIt()
    {
        var (_, request) = await CallAsync(
            "SetIdentityMailFromDomain", string.Empty, c => c.SetIdentityMailFromDomainAsync("example.com", null, null, CancellationToken.None));

        AssertForm([P("Action", "SetIdentityMailFromDomain"), P("Version", "2010-12-01"), P("Identity", "example.com")], request);
    }

    [Fact]
    public async Task GetIdentityMailFromDomainAttributesSendsMemberListAndReadsAttributes()
    {
        var (result, request) = await CallAsync(
            "GetIdentityMailFromDomainAttributes",
            """
            <MailFromDomainAttributes>
              <entry><key>example.com</key><value><MailFromDomain>bounce.example.com</MailFromDomain><MailFromDomainStatus>TemporaryFailure</MailFromDomainStatus><BehaviorOnMXFailure>RejectMessage</BehaviorOnMXFailure></value></entry>
              <entry><key>plain.example</key><value><BehaviorOnMXFailure>UseDefaultValue</BehaviorOnMXFailure></value></entry>
            </MailFromDomainAttributes>
            """,
            c => c.GetIdentityMailFromDomainAttributesAsync(["example.com", "plain.example"], CancellationToken.None));

        AssertForm([P("Action", "GetIdentityMailFromDomainAttributes"), P("Version", "2010-12-01"), P("Identities.member.1", "example.com"), P("Identities.member.2", "plain.example")], request);
        Assert.Equal(
            new IdentityMailFromDomainAttributes("bounce.example.com", SesVerificationStatus.TemporaryFailure, "RejectMessage"),
            result.MailFromDomainAttributes["example.com"]);
        Assert.Equal(
            new IdentityMailFromDomainAttributes(string.Empty, SesVerificationStatus.NotStarted, "UseDefaultValue"),
            result.MailFromDomainAttributes["plain.example"]);
        Assert.Equal("req-GetIdentityMailFromDomainAttributes", result.RequestId);
    }
}
