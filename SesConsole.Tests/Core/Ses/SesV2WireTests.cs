using System.Net;
using SesConsole.Core.Ses;
using SesConsole.Tests.Core.Ses.Support;

namespace SesConsole.Tests.Core.Ses;

/// <summary>
/// The SES API v2 reads against a real loopback listener: the request each sends (method, path, JSON body, SigV4 for
/// <c>ses</c>), how each reads SES's JSON (written by hand from the SDK's schema), and v2's error shapes.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SesV2WireTests
{
    private const string GetAnswer = """
        {
          "IdentityType": "DOMAIN",
          "FeedbackForwardingStatus": true,
          "VerifiedForSendingStatus": false,
          "VerificationStatus": "PENDING",
          "DkimAttributes": {
            "SigningEnabled": true, "Status": "SUCCESS", "Tokens": ["t1", "t2", "t3"],
            "SigningAttributesOrigin": "AWS_SES", "CurrentSigningKeyLength": "RSA_2048_BIT", "LastKeyGenerationTimestamp": 1700000000.5
          },
          "MailFromAttributes": { "MailFromDomain": "mail.example.com", "MailFromDomainStatus": "FAILED", "BehaviorOnMxFailure": "REJECT_MESSAGE" },
          "Policies": { "allow-partner": "{\"Version\":\"2012-10-17\"}" },
          "Tags": [ { "Key": "team", "Value": "ops" } ],
          "VerificationInfo": {
            "LastCheckedTimestamp": 1764400000, "LastSuccessTimestamp": 1764300000, "ErrorType": "TYPE_NOT_FOUND",
            "SOARecord": { "PrimaryNameServer": "ns1.example.com", "AdminEmail": "hostmaster.example.com", "SerialNumber": 2026112901 }
          }
        }
        """;

    private static ISesV2Client V2(SesClientFactory factory) => ((ISesV2ClientFactory)factory).ForRegion(SesClientHarness.Region);

    [Fact]
    public async Task ListEmailIdentitiesPostsFilterTokenAndPageSizeAsJsonAndReadsTypesStatusesAndSending()
    {
        await using var ses = await LoopbackSes.StartAsync(_ => SesReply.Json("""
            {"EmailIdentities":[
              {"IdentityType":"EMAIL_ADDRESS","IdentityName":"Ops+Alerts@Example.com","SendingEnabled":true,"VerificationStatus":"SUCCESS"},
              {"IdentityType":"DOMAIN","IdentityName":"example.com","SendingEnabled":false,"VerificationStatus":"TEMPORARY_FAILURE"}],
             "NextToken":"page+2/=="}
            """));
        using var factory = SesClientHarness.CreateFactory(ses.Url);

        var page = await V2(factory).ListEmailIdentitiesAsync(
            new ListEmailIdentitiesRequest(new EmailIdentityFilter("exam", SesEmailIdentityType.Domain, SesVerificationStatus.Pending), 500, "page+1/=="),
            CancellationToken.None);

        var request = Assert.Single(ses.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v2/email/list-identities", request.Path);
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        SigV4Check.AssertSignedForSes(request, SesClientHarness.Region);
        Assert.Equal(
            """{"Filter":{"IDENTITY_NAME_CONTAINS":"exam","IDENTITY_TYPE":"DOMAIN","VERIFICATION_STATUS":"PENDING"},"NextToken":"page+1/==","PageSize":500}""",
            request.Body);
        Assert.Equal(
            [
                new EmailIdentityInfo("Ops+Alerts@Example.com", SesEmailIdentityType.EmailAddress, SesVerificationStatus.Success, true),
                new EmailIdentityInfo("example.com", SesEmailIdentityType.Domain, SesVerificationStatus.TemporaryFailure, false),
            ],
            page.EmailIdentities);
        Assert.Equal("page+2/==", page.NextToken);
        Assert.Equal("header-1", page.RequestId);
    }

    [Fact]
    public async Task ListEmailIdentitiesWithoutOptionsSendsAnEmptyObjectAndReadsAnEmptyAnswer()
    {
        await using var ses = await LoopbackSes.StartAsync(_ => SesReply.Json("{}"));
        using var factory = SesClientHarness.CreateFactory(ses.Url);

        var page = await V2(factory).ListEmailIdentitiesAsync(new ListEmailIdentitiesRequest(), CancellationToken.None);

        Assert.Equal("{}", Assert.Single(ses.Requests).Body);
        Assert.Empty(page.EmailIdentities);
        Assert.Null(page.NextToken);
    }

    [Fact]
    public async Task GetEmailIdentityGetsTheIdentityPathAndReadsDkimMailFromPoliciesTagsAndVerificationInfo()
    {
        await using var ses = await LoopbackSes.StartAsync(_ => SesReply.Json(GetAnswer));
        using var factory = SesClientHarness.CreateFactory(ses.Url);

        var identity = await V2(factory).GetEmailIdentityAsync("example.com", CancellationToken.None);

        var request = Assert.Single(ses.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v2/email/identities/example.com", request.Path);
        Assert.Equal(string.Empty, request.Body);
        SigV4Check.AssertSignedForSes(request, SesClientHarness.Region);
        Assert.Equal(SesEmailIdentityType.Domain, identity.IdentityType);
        Assert.Equal(SesVerificationStatus.Pending, identity.VerificationStatus);
        Assert.False(identity.VerifiedForSendingStatus);
        Assert.True(identity.FeedbackForwardingStatus);
        var dkim = identity.DkimAttributes!;
        Assert.True(dkim.SigningEnabled);
        Assert.Equal(SesVerificationStatus.Success, dkim.Status);
        Assert.Equal(["t1", "t2", "t3"], dkim.Tokens);
        Assert.Equal("RSA_2048_BIT", dkim.CurrentSigningKeyLength);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_500), dkim.LastKeyGenerationTimestamp);
        Assert.Equal(new EmailIdentityMailFromAttributes("mail.example.com", SesVerificationStatus.Failed, "REJECT_MESSAGE"), identity.MailFromAttributes);
        Assert.Equal("""{"Version":"2012-10-17"}""", identity.Policies["allow-partner"]);
        Assert.Equal("ops", identity.Tags["team"]);
        Assert.Equal(
            new EmailIdentityVerificationInfo(
                DateTimeOffset.FromUnixTimeSeconds(1_764_400_000),
                DateTimeOffset.FromUnixTimeSeconds(1_764_300_000),
                "TYPE_NOT_FOUND",
                new SoaRecord("ns1.example.com", "hostmaster.example.com", 2_026_112_901)),
            identity.VerificationInfo);
    }

    [Fact]
    public async Task GetEmailIdentityOfAnEmailWithoutDkimOrMailFromReadsThemAsAbsent()
    {
        await using var ses = await LoopbackSes.StartAsync(_ => SesReply.Json(
            """{"IdentityType":"EMAIL_ADDRESS","VerificationStatus":"SUCCESS","VerifiedForSendingStatus":true,"Policies":{}}"""));
        using var factory = SesClientHarness.CreateFactory(ses.Url);

        var identity = await V2(factory).GetEmailIdentityAsync("someone@example.com", CancellationToken.None);

        Assert.Equal(SesEmailIdentityType.EmailAddress, identity.IdentityType);
        Assert.True(identity.VerifiedForSendingStatus);
        Assert.Null(identity.DkimAttributes);
        Assert.Null(identity.MailFromAttributes);
        Assert.Null(identity.VerificationInfo);
        Assert.Empty(identity.Policies);
    }

    [Fact]
    public async Task NotFoundExceptionIsNotRetriedAndKeepsCodeWithoutSuffixMessageStatusAndRequestId()
    {
        await using var ses = await LoopbackSes.StartAsync(_ =>
            SesReply.JsonError(HttpStatusCode.NotFound, "NotFoundException", "Email identity gone.example does not exist."));
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 2);

        var error = await Assert.ThrowsAsync<SesCallException>(() => V2(factory).GetEmailIdentityAsync("gone.example", CancellationToken.None));

        Assert.Equal(1, ses.RequestCount);
        Assert.Equal("NotFoundException", error.ErrorCode);
        Assert.Equal("Email identity gone.example does not exist.", error.Message);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("header-1", error.RequestId);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "BadRequestException")]
    [InlineData(HttpStatusCode.Forbidden, "AccessDeniedException")]
    public async Task ClientErrorsAreNotRetriedAndKeepTheirCode(HttpStatusCode status, string code)
    {
        await using var ses = await LoopbackSes.StartAsync(_ => SesReply.JsonError(status, code, "refused"));
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 2);

        var error = await Assert.ThrowsAsync<SesCallException>(() =>
            V2(factory).ListEmailIdentitiesAsync(new ListEmailIdentitiesRequest(), CancellationToken.None));

        Assert.Equal(1, ses.RequestCount);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public async Task TooManyRequestsIsRetriedLikeThrottlingAndTheRetrySucceeds()
    {
        await using var ses = await LoopbackSes.StartAsync((_, number) => number == 1
            ? SesReply.JsonError(HttpStatusCode.TooManyRequests, "TooManyRequestsException", "Too Many Requests")
            : SesReply.Json("""{"EmailIdentities":[]}"""));
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 2);

        var page = await V2(factory).ListEmailIdentitiesAsync(new ListEmailIdentitiesRequest(), CancellationToken.None);

        Assert.Equal(2, ses.RequestCount);
        Assert.Equal("header-2", page.RequestId);
    }

    [Fact]
    public async Task PersistentTooManyRequestsFailsWithItsCodeAfterTheConfiguredRetries()
    {
        await using var ses = await LoopbackSes.StartAsync(_ =>
            SesReply.JsonError(HttpStatusCode.TooManyRequests, "TooManyRequestsException", "Too Many Requests"));
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 1);

        var error = await Assert.ThrowsAsync<SesCallException>(() =>
            V2(factory).ListEmailIdentitiesAsync(new ListEmailIdentitiesRequest(), CancellationToken.None));

        Assert.Equal(2, ses.RequestCount);
        Assert.Equal("TooManyRequestsException", error.ErrorCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
    }

    [Fact]
    public async Task AnHtmlPageInsteadOfSesErrorJsonIsServiceUnavailableWithItsStatus()
    {
        await using var ses = await LoopbackSes.StartAsync(_ =>
            new SesReply(HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>", "text/html"));
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 0);

        var error = await Assert.ThrowsAsync<SesCallException>(() => V2(factory).GetEmailIdentityAsync("example.com", CancellationToken.None));

        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Contains("text/html", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"EmailIdentities":[{"IdentityType":"DOMAIN","IdentityName":"x.example","VerificationStatus":"MAYBE"}]}""")]
    [InlineData("""{"EmailIdentities":[{"IdentityType":"DOMAIN","VerificationStatus":"PENDING"}]}""")]
    public async Task ASuccessThatIsNotTheModelsShapeIsServiceUnavailableWithTheRequestId(string body)
    {
        await using var ses = await LoopbackSes.StartAsync(_ => SesReply.Json(body));
        using var factory = SesClientHarness.CreateFactory(ses.Url);

        var error = await Assert.ThrowsAsync<SesCallException>(() =>
            V2(factory).ListEmailIdentitiesAsync(new ListEmailIdentitiesRequest(), CancellationToken.None));

        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Equal("header-1", error.RequestId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task APageSizeOutsideOneToAThousandIsRefusedBeforeAnythingIsSent(int pageSize)
    {
        await using var ses = await LoopbackSes.StartAsync(_ => SesReply.Json("{}"));
        using var factory = SesClientHarness.CreateFactory(ses.Url);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            V2(factory).ListEmailIdentitiesAsync(new ListEmailIdentitiesRequest(PageSize: pageSize), CancellationToken.None));

        Assert.Equal(0, ses.RequestCount);
    }
}
