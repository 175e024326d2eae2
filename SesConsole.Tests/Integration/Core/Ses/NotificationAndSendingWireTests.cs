using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Permissions;
using SesConsole.Core.Sns;
using SesConsole.Tests.Integration.Core.Ses.Support;
using SesConsole.Tests.Support.Ses;

namespace SesConsole.Tests.Integration.Core.Ses;

/// <summary>
/// The notification, sending and account operations and SNS ListTopics against a real loopback listener: the exact
/// form each sends (member names as <c>@aws-sdk/client-ses</c> writes them), its SigV4 scope, and how answers are read.
/// </summary>
[Trait("Category", "Integration")]
public sealed class NotificationAndSendingWireTests
{
    private static KeyValuePair<string, string> P(string name, string value) => new(name, value);

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
        SigV4Check.AssertSignedForSes(request, SesClientHarness.Region);
        return (result, request);
    }

    [Fact]
    public async Task GetIdentityNotificationAttributesReadsTopicsAndFlagsAndTreatsAbsentTopicsAsNone()
    {
        var (result, request) = await CallAsync(
            "GetIdentityNotificationAttributes",
            """
            <NotificationAttributes>
              <entry><key>Ops@Example.com</key><value>
                <BounceTopic>arn:aws:sns:eu-west-1:111122223333:b</BounceTopic><ComplaintTopic>arn:aws:sns:eu-west-1:111122223333:c</ComplaintTopic>
                <ForwardingEnabled>false</ForwardingEnabled><HeadersInBounceNotificationsEnabled>true</HeadersInBounceNotificationsEnabled>
              </value></entry>
              <entry><key>example.com</key><value><ForwardingEnabled>true</ForwardingEnabled></value></entry>
            </NotificationAttributes>
            """,
            c => c.GetIdentityNotificationAttributesAsync(["Ops@Example.com", "example.com"], CancellationToken.None));

        AssertForm([
            P("Action", "GetIdentityNotificationAttributes"), P("Version", "2010-12-01"),
            P("Identities.member.1", "Ops@Example.com"), P("Identities.member.2", "example.com"),
        ], request);
        Assert.Equal(
            new IdentityNotificationAttributes("arn:aws:sns:eu-west-1:111122223333:b", "arn:aws:sns:eu-west-1:111122223333:c", null, false, true, false, false),
            result.NotificationAttributes["Ops@Example.com"]);
        Assert.Equal(new IdentityNotificationAttributes(null, null, null, true, false, false, false), result.NotificationAttributes["example.com"]);
    }

    [Fact]
    public async Task SetIdentityNotificationTopicWithoutATopicSendsNoSnsTopicMember()
    {
        var (_, request) = await CallAsync(
            "SetIdentityNotificationTopic", string.Empty,
            c => c.SetIdentityNotificationTopicAsync("example.com", SesNotificationType.Delivery, null, CancellationToken.None));

        AssertForm([P("Action", "SetIdentityNotificationTopic"), P("Version", "2010-12-01"), P("Identity", "example.com"), P("NotificationType", "Delivery")], request);
    }

    [Fact]
    public async Task ForwardingAndHeadersSendLowerCaseBooleans()
    {
        var (_, forwarding) = await CallAsync(
            "SetIdentityFeedbackForwardingEnabled", string.Empty,
            c => c.SetIdentityFeedbackForwardingEnabledAsync("a+b@example.com", false, CancellationToken.None));
        var (_, headers) = await CallAsync(
            "SetIdentityHeadersInNotificationsEnabled", string.Empty,
            c => c.SetIdentityHeadersInNotificationsEnabledAsync("example.com", SesNotificationType.Complaint, true, CancellationToken.None));

        AssertForm([P("Action", "SetIdentityFeedbackForwardingEnabled"), P("Version", "2010-12-01"), P("Identity", "a+b@example.com"), P("ForwardingEnabled", "false")], forwarding);
        AssertForm([
            P("Action", "SetIdentityHeadersInNotificationsEnabled"), P("Version", "2010-12-01"), P("Identity", "example.com"),
            P("NotificationType", "Complaint"), P("Enabled", "true"),
        ], headers);
    }

    [Fact]
    public async Task SendEmailWritesTheJsSdkMemberNamesAndReadsTheMessageId()
    {
        var (result, request) = await CallAsync(
            "SendEmail", "<MessageId>0100-abc-000000</MessageId>",
            c => c.SendEmailAsync(new SendEmailRequest("\"Ops\" <ops@example.com>", ["success@simulator.amazonses.com"], "Grüße", "Body"), CancellationToken.None));

        AssertForm([
            P("Action", "SendEmail"), P("Version", "2010-12-01"), P("Source", "\"Ops\" <ops@example.com>"),
            P("Destination.ToAddresses.member.1", "success@simulator.amazonses.com"),
            P("Message.Subject.Data", "Grüße"), P("Message.Subject.Charset", "UTF-8"),
            P("Message.Body.Text.Data", "Body"), P("Message.Body.Text.Charset", "UTF-8"),
        ], request);
        Assert.Equal("0100-abc-000000", result.MessageId);
    }

    [Fact]
    public async Task SendEmailWithoutRecipientsIsRefusedBeforeAnythingIsSent()
    {
        await using var ses = await LoopbackSes.StartAsync(request => SesReply.Success(request.Action, string.Empty, "r"));
        using var factory = SesClientHarness.CreateFactory(ses.Url);

        await Assert.ThrowsAsync<ArgumentException>(() => factory.ForRegion(SesClientHarness.Region)
            .SendEmailAsync(new SendEmailRequest("ops@example.com", [], "s", "b"), CancellationToken.None));

        Assert.Empty(ses.Requests);
    }

    [Fact]
    public async Task GetSendQuotaAndGetAccountSendingEnabledReadSesNumbersAndFlag()
    {
        var (quota, quotaRequest) = await CallAsync(
            "GetSendQuota", "<Max24HourSend>50000.0</Max24HourSend><MaxSendRate>14.0</MaxSendRate><SentLast24Hours>1234.0</SentLast24Hours>",
            c => c.GetSendQuotaAsync(CancellationToken.None));
        var (enabled, _) = await CallAsync(
            "GetAccountSendingEnabled", "<Enabled>false</Enabled>", c => c.GetAccountSendingEnabledAsync(CancellationToken.None));

        AssertForm([P("Action", "GetSendQuota"), P("Version", "2010-12-01")], quotaRequest);
        Assert.Equal((50000d, 14d, 1234d), (quota.Max24HourSend, quota.MaxSendRate, quota.SentLast24Hours));
        Assert.False(enabled.Enabled);
    }

    [Fact]
    public async Task SnsListTopicsIsSignedForSnsWithSnsVersionAndReadsArnsAndNextToken()
    {
        const string body = """
            <ListTopicsResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <ListTopicsResult>
                <Topics><member><TopicArn>arn:aws:sns:eu-west-1:111122223333:a</TopicArn></member><member><TopicArn>arn:aws:sns:eu-west-1:111122223333:b</TopicArn></member></Topics>
                <NextToken>next+page</NextToken>
              </ListTopicsResult>
              <ResponseMetadata><RequestId>sns-req</RequestId></ResponseMetadata>
            </ListTopicsResponse>
            """;
        await using var sns = await LoopbackSes.StartAsync(_ => new SesReply(HttpStatusCode.OK, body));
        using var factory = SnsFactory(sns.Url);

        var page = await factory.ForRegion(SesClientHarness.Region).ListTopicsAsync("token/1", CancellationToken.None);

        var request = Assert.Single(sns.Requests);
        AssertForm([P("Action", "ListTopics"), P("Version", "2010-03-31"), P("NextToken", "token/1")], request);
        var auth = SigV4Check.Parse(request);
        Assert.Equal(("sns", SesClientHarness.Region), (auth.Service, auth.Region));
        Assert.Equal(SigV4Check.ExpectedSignature(request, auth, SigV4Check.SecretAccessKey), auth.Signature);
        Assert.Equal(["arn:aws:sns:eu-west-1:111122223333:a", "arn:aws:sns:eu-west-1:111122223333:b"], page.TopicArns);
        Assert.Equal("next+page", page.NextToken);
        Assert.Equal("sns-req", page.RequestId);
    }

    [Fact]
    public async Task SnsAuthorizationErrorBecomesACallExceptionWithSnsCode()
    {
        await using var sns = await LoopbackSes.StartAsync(_ => SesReply.Error(HttpStatusCode.Forbidden, "AuthorizationError", "not authorized to perform: SNS:ListTopics", "r1"));
        using var factory = SnsFactory(sns.Url);

        var refused = await Assert.ThrowsAsync<SesCallException>(
            () => factory.ForRegion(SesClientHarness.Region).ListTopicsAsync(null, CancellationToken.None));

        Assert.Equal("AuthorizationError", refused.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task AHungSnsIsGivenUpAtTheTotalTimeoutLikeSesWithTheActionAndRegionNamed()
    {
        using var release = new CancellationTokenSource();
        await using var sns = await LoopbackSes.StartAsync(async (request, _, aborted) =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, release.Token);
            await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return SesReply.Success(request.Action, string.Empty, "late");
        });
        using var factory = SnsFactory(sns.Url, new SesClientOptions { MaxErrorRetry = 3, TotalTimeout = TimeSpan.FromMilliseconds(600) });

        var error = await Assert.ThrowsAsync<SesCallException>(
            () => factory.ForRegion(SesClientHarness.Region).ListTopicsAsync(null, CancellationToken.None));
        await release.CancelAsync();

        Assert.True(error.IsTimeout);
        Assert.Equal(("ListTopics", SesClientHarness.Region, "ServiceUnavailable"), (error.Action, error.Region, error.ErrorCode));
        Assert.Contains("within 0.6 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, sns.RequestCount);
    }

    private static SnsClientFactory SnsFactory(string url, SesClientOptions? clientOptions = null) => new(
        Options.Create(new SesOptions
        {
            Mode = SesMode.Local,
            Regions = [SesClientHarness.Region],
            ServiceUrl = url,
            AccessKeyId = SigV4Check.AccessKeyId,
            SecretAccessKey = SigV4Check.SecretAccessKey,
        }),
        Options.Create(clientOptions ?? new SesClientOptions { MaxErrorRetry = 0 }),
        NullLoggerFactory.Instance,
        new SesPermissionLedger(TimeProvider.System));
}
