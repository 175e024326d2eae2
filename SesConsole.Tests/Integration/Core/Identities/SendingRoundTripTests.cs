using System.Net;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>SendEmail, GetSendQuota and GetAccountSendingEnabled through our client against LocalSes over real HTTP.</summary>
[Trait("Category", "Integration")]
public sealed class SendingRoundTripTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AnUnverifiedSenderIsMessageRejectedNamingTheRegionAndTheAddress()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyEmailIdentityAsync("pending@example.com", None);

        var refused = await Assert.ThrowsAsync<SesCallException>(
            () => core.Client.SendEmailAsync(Message("pending@example.com", "success@simulator.amazonses.com"), None));

        Assert.Equal("MessageRejected", refused.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(
            "Email address is not verified. The following identities failed the check in region US-EAST-1: pending@example.com",
            refused.Message);
        Assert.Empty(await ses.Server.Outbox.ListSentAsync(None));
    }

    [Fact]
    public async Task AVerifiedSenderReachesTheLocalMailboxAndCountsTowardTheQuota()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await VerifyEmailAsync(ses, core, "Sender@Example.com");

        var sent = await core.Client.SendEmailAsync(Message("Sender@Example.com", "anyone@elsewhere.example"), None);

        Assert.False(string.IsNullOrWhiteSpace(sent.MessageId));
        var mail = Assert.Single(await ses.Server.Outbox.ListSentAsync(None));
        Assert.Equal((sent.MessageId, "Sender@Example.com", "anyone@elsewhere.example", "Test from SesConsole"), (mail.MessageId, mail.From, mail.To, mail.Subject));
        var quota = await core.Client.GetSendQuotaAsync(None);
        Assert.Equal(1, quota.SentLast24Hours);
        Assert.Equal(50000, quota.Max24HourSend);
    }

    [Fact]
    public async Task InTheSandboxAnUnverifiedRecipientIsRefusedAndASimulatorAddressIsNot()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(o => o.Sandbox = true);
        await using var core = CoreServices.For(ses);
        await VerifyEmailAsync(ses, core, "sender@example.com");

        var refused = await Assert.ThrowsAsync<SesCallException>(
            () => core.Client.SendEmailAsync(Message("sender@example.com", "stranger@elsewhere.example"), None));
        var simulated = await core.Client.SendEmailAsync(Message("sender@example.com", "bounce@simulator.amazonses.com"), None);

        Assert.Equal("MessageRejected", refused.ErrorCode);
        Assert.EndsWith("US-EAST-1: stranger@elsewhere.example", refused.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(simulated.MessageId));
        var quota = await core.Client.GetSendQuotaAsync(None);
        Assert.Equal((200d, 1d, 0d), (quota.Max24HourSend, quota.MaxSendRate, quota.SentLast24Hours));
    }

    [Fact]
    public async Task APausedAccountReportsSendingDisabledAndRefusesToSend()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(o => o.SendingEnabled = false);
        await using var core = CoreServices.For(ses);
        await VerifyEmailAsync(ses, core, "sender@example.com");

        var enabled = await core.Client.GetAccountSendingEnabledAsync(None);
        var refused = await Assert.ThrowsAsync<SesCallException>(
            () => core.Client.SendEmailAsync(Message("sender@example.com", "success@simulator.amazonses.com"), None));

        Assert.False(enabled.Enabled);
        Assert.Equal("AccountSendingPausedException", refused.ErrorCode);
    }

    [Fact]
    public async Task AnAccountInGoodStandingReportsSendingEnabled()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);

        Assert.True((await core.Client.GetAccountSendingEnabledAsync(None)).Enabled);
    }

    [Fact]
    public async Task ADisplayNameSenderIsCheckedByItsAddressAndTheSourceIsKeptAsSent()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await VerifyEmailAsync(ses, core, "sender@example.com");

        await core.Client.SendEmailAsync(Message("\"Ops Team\" <sender@example.com>", "success@simulator.amazonses.com"), None);

        Assert.Equal("\"Ops Team\" <sender@example.com>", Assert.Single(await ses.Server.Outbox.ListSentAsync(None)).From);
    }

    private static SendEmailRequest Message(string from, string to) =>
        new(from, [to], "Test from SesConsole", "This is a test message.");

    private static async Task VerifyEmailAsync(LocalSesEndpoint ses, CoreServices core, string email)
    {
        await core.Client.VerifyEmailIdentityAsync(email, None);
        Assert.Equal(HttpStatusCode.OK, await Outbox.ConfirmAsync(ses.Server, email));
    }
}
