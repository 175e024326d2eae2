using System.Net;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Core.Sending;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>The test email against LocalSes: delivery, SES's refusals in plain words, permissions and audit rows.</summary>
[Trait("Category", "Integration")]
public sealed class TestEmailServiceTests
{
    private const string Region = LocalSesEndpoint.Region;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AVerifiedAddressSendsToTheSimulatorAndTheMessageIdIsTheOneDelivered()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(o => o.Sandbox = true);
        await using var core = CoreServices.For(ses);
        await VerifyAsync(ses, core, "Sender@Example.com");

        var sent = await core.NewScoped<ITestEmailSender>().SendAsync(
            Region, "Sender@Example.com", null, "success@simulator.amazonses.com", "Hello", "Body", None);

        Assert.True(sent.Succeeded, sent.Failure?.Message);
        var delivered = Assert.Single(await ses.Server.Outbox.ListSentAsync(None));
        Assert.Equal((sent.Value.MessageId, "Sender@Example.com"), (delivered.MessageId, delivered.From));
        var row = Assert.Single(core.Audit.Entries, e => e.Action == TestEmailSender.AuditAction);
        Assert.Equal((AuditOutcome.Succeeded, "Sender@Example.com"), (row.Outcome, row.Identity));
    }

    [Fact]
    public async Task InTheSandboxAnUnverifiedRecipientIsExplainedAsSandbox()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(o => o.Sandbox = true);
        await using var core = CoreServices.For(ses);
        await VerifyAsync(ses, core, "sender@example.com");

        var refused = await core.NewScoped<ITestEmailSender>().SendAsync(
            Region, "sender@example.com", null, "someone@elsewhere.example", "Hello", "Body", None);

        Assert.Equal(FailureKind.RejectedBySes, refused.Failure!.Kind);
        Assert.Equal("MessageRejected", refused.Failure.SesErrorCode);
        Assert.StartsWith("Your account is in the SES sandbox in us-east-1: the recipient someone@elsewhere.example must be verified too.", refused.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(AuditOutcome.Failed, Assert.Single(core.Audit.Entries, e => e.Action == TestEmailSender.AuditAction).Outcome);
    }

    [Fact]
    public async Task ADomainSendsFromTheTypedLocalPartAndAnUnverifiedDomainIsExplained()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("pending.example", None);

        var refused = await core.NewScoped<ITestEmailSender>().SendAsync(
            Region, "pending.example", "alerts", "success@simulator.amazonses.com", "Hello", "Body", None);

        Assert.Equal("SES sends only from verified identities, and alerts@pending.example is not verified in us-east-1. SES said: \"Email address is not verified. The following identities failed the check in region US-EAST-1: alerts@pending.example\".", refused.Failure!.Message);
    }

    [Fact]
    public async Task ABadRecipientIsRefusedOnItsFieldBeforeAnyCall()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);

        var refused = await core.NewScoped<ITestEmailSender>().SendAsync(
            Region, "sender@example.com", null, "not an address", "Hello", "Body", None);

        Assert.Equal((FailureKind.InvalidInput, TestEmailSender.RecipientField), (refused.Failure!.Kind, refused.Failure.Field));
        Assert.Equal(0, ses.TotalCount);
        Assert.Equal(AuditOutcome.Refused, Assert.Single(core.Audit.Entries).Outcome);
    }

    [Fact]
    public async Task AViewerCannotSendATestEmail()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        core.Operator.Current = new OperatorInfo("viewer-id", "viewer@integration.test", CanMutate: false);

        var refused = await core.NewScoped<ITestEmailSender>().SendAsync(
            Region, "sender@example.com", null, "success@simulator.amazonses.com", "Hello", "Body", None);

        Assert.Equal(FailureKind.AccessDenied, refused.Failure!.Kind);
        Assert.Equal(0, ses.TotalCount);
    }

    private static async Task VerifyAsync(LocalSesEndpoint ses, CoreServices core, string email)
    {
        await core.Client.VerifyEmailIdentityAsync(email, None);
        Assert.Equal(HttpStatusCode.OK, await Outbox.ConfirmAsync(ses.Server, email));
    }
}
