using SesConsole.Tests.Support.LocalSes;
using System.Text.Json;

namespace SesConsole.Tests.Conformance;

/// <summary>
/// LocalSes's notification, sending and account operations (v1 and v2 GetAccount) and its SNS ListTopics, driven by
/// the AWS SDK for JavaScript v3 (<c>@aws-sdk/client-ses</c>, <c>@aws-sdk/client-sesv2</c>, <c>@aws-sdk/client-sns</c>): signing and XML parsing we did not write.
/// </summary>
[Trait("Category", "Conformance")]
public sealed class JsSdkNotificationAndSendingConformanceTests : IAsyncLifetime
{
    private const string Bounces = "arn:aws:sns:us-east-1:123456789012:ses-bounces";
    private const string Complaints = "arn:aws:sns:us-east-1:123456789012:ses-complaints";
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync() => _ses = await LocalSesHarness.StartAsync(o =>
    {
        o.Sandbox = true;
        o.Topics = ["ses-bounces", "ses-complaints", "arn:aws:sns:eu-west-1:123456789012:not-here"];
    });

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task JsSdkSetsTopicsTurnsForwardingOffAndReadsItAllBack()
    {
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "notify.example"));

        var refused = await RunAsync("ses_setidentityfeedbackforwardingenabled.js", "notify.example", "false");
        var bounce = await RunAsync("ses_setidentitynotificationtopic.js", "notify.example", "Bounce", Bounces);
        var complaint = await RunAsync("ses_setidentitynotificationtopic.js", "notify.example", "Complaint", Complaints);
        var forwarding = await RunAsync("ses_setidentityfeedbackforwardingenabled.js", "notify.example", "false");
        var headers = await RunAsync("ses_setidentityheadersinnotificationsenabled.js", "notify.example", "Bounce", "true");
        var read = await RunAsync("ses_getidentitynotificationattributes.js", "notify.example", "absent.example");

        Assert.Equal("InvalidParameterValue", refused.GetProperty("name").GetString());
        Assert.Equal(400, refused.GetProperty("httpStatusCode").GetInt32());
        Assert.All([bounce, complaint, forwarding, headers], r => Assert.True(r.GetProperty("ok").GetBoolean(), r.ToString()));
        var attributes = read.GetProperty("NotificationAttributes");
        Assert.False(attributes.TryGetProperty("absent.example", out _));
        var notify = attributes.GetProperty("notify.example");
        Assert.Equal(Bounces, notify.GetProperty("BounceTopic").GetString());
        Assert.Equal(Complaints, notify.GetProperty("ComplaintTopic").GetString());
        Assert.False(notify.TryGetProperty("DeliveryTopic", out _));
        Assert.False(notify.GetProperty("ForwardingEnabled").GetBoolean());
        Assert.True(notify.GetProperty("HeadersInBounceNotificationsEnabled").GetBoolean());
        Assert.False(notify.GetProperty("HeadersInComplaintNotificationsEnabled").GetBoolean());
    }

    [Fact]
    public async Task JsSdkSendEmailIsRejectedForAnUnverifiedSenderThenAcceptedToASimulatorAddress()
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "sender@example.com"));
        var rejected = await RunAsync("ses_sendemail.js", "sender@example.com", "success@simulator.amazonses.com");
        var mail = Assert.Single(await _ses.Server.Outbox.ListAsync(CancellationToken.None));
        using (var confirm = await _ses.Http.GetAsync(mail.ConfirmationLink))
        {
            confirm.EnsureSuccessStatusCode();
        }

        var sandboxed = await RunAsync("ses_sendemail.js", "sender@example.com", "success@simulator.amazonses.com", "stranger@elsewhere.example");
        var sent = await RunAsync("ses_sendemail.js", "sender@example.com", "success@simulator.amazonses.com");

        Assert.Equal("MessageRejected", rejected.GetProperty("name").GetString());
        Assert.Contains("failed the check in region US-EAST-1: sender@example.com", rejected.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("MessageRejected", sandboxed.GetProperty("name").GetString());
        Assert.EndsWith("stranger@elsewhere.example", sandboxed.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(sent.GetProperty("ok").GetBoolean(), sent.ToString());
        var messageId = sent.GetProperty("MessageId").GetString();
        var delivered = Assert.Single(await _ses.Server.Outbox.ListSentAsync(CancellationToken.None));
        Assert.Equal((messageId, "success@simulator.amazonses.com", "Conformance message", "Text body"), (delivered.MessageId, delivered.To, delivered.Subject, delivered.Body));
    }

    [Fact]
    public async Task JsSdkReadsTheSandboxQuotaAndSendingEnabled()
    {
        var reply = await RunAsync("ses_getsendquota.js");

        Assert.True(reply.GetProperty("ok").GetBoolean(), reply.ToString());
        var quota = reply.GetProperty("quota");
        Assert.Equal(200, quota.GetProperty("Max24HourSend").GetDouble());
        Assert.Equal(1, quota.GetProperty("MaxSendRate").GetDouble());
        Assert.Equal(0, quota.GetProperty("SentLast24Hours").GetDouble());
        Assert.True(reply.GetProperty("sending").GetProperty("Enabled").GetBoolean());
    }

    [Fact]
    public async Task JsSdkV2GetAccountReadsTheSandboxQuotaSendingAndEnforcementStatus()
    {
        var reply = await RunAsync("sesv2_getaccount.js");

        Assert.True(reply.GetProperty("ok").GetBoolean(), reply.ToString());
        Assert.Equal(200, reply.GetProperty("httpStatusCode").GetInt32());
        Assert.False(reply.GetProperty("ProductionAccessEnabled").GetBoolean());
        Assert.True(reply.GetProperty("SendingEnabled").GetBoolean());
        Assert.Equal("HEALTHY", reply.GetProperty("EnforcementStatus").GetString());
        Assert.False(reply.GetProperty("DedicatedIpAutoWarmupEnabled").GetBoolean());
        var quota = reply.GetProperty("SendQuota");
        Assert.Equal((200d, 1d, 0d), (quota.GetProperty("Max24HourSend").GetDouble(), quota.GetProperty("MaxSendRate").GetDouble(), quota.GetProperty("SentLast24Hours").GetDouble()));
        Assert.Empty(reply.GetProperty("SuppressionAttributes").GetProperty("SuppressedReasons").EnumerateArray());
    }

    [Fact]
    public async Task JsSnsClientListsTheRegionsConfiguredTopics()
    {
        var reply = await RunAsync("sns_listtopics.js");

        Assert.True(reply.GetProperty("ok").GetBoolean(), reply.ToString());
        var pages = reply.GetProperty("pages").EnumerateArray().Select(p => p.EnumerateArray().Select(a => a.GetString()).ToList()).ToList();
        Assert.Equal([[Bounces, Complaints]], pages);
    }

    private Task<JsonElement> RunAsync(params string[] arguments) => ConformanceScripts.RunAsync(_ses.Server, arguments);
}
