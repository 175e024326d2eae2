using SesConsole.Core.Identities;
using SesConsole.Core.Notifications;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>The notification service against LocalSes: rules before the call, permissions, audit rows and call counts.</summary>
[Trait("Category", "Integration")]
public sealed class NotificationServiceTests
{
    private const string Region = LocalSesEndpoint.Region;
    private const string Bounces = "arn:aws:sns:us-east-1:123456789012:ses-bounces";
    private const string Complaints = "arn:aws:sns:us-east-1:123456789012:ses-complaints";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TurningForwardingOffWithoutTopicsIsRefusedWithSesReasonOnTheFieldBeforeTheSetCall()
    {
        await using var ses = await StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("rule.example", None);
        ses.Server.ResetRequestCounts();

        var refused = await core.NewScoped<IIdentityNotifications>().SetForwardingAsync(Region, "rule.example", false, None);

        Assert.Equal(FailureKind.InvalidInput, refused.Failure!.Kind);
        Assert.Equal(NotificationRules.ForwardingField, refused.Failure.Field);
        Assert.Contains("both a bounce and a complaint topic", refused.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, ses.Count("SetIdentityFeedbackForwardingEnabled"));
        Assert.Equal(1, ses.Count("GetIdentityNotificationAttributes"));
        var row = Assert.Single(core.Audit.Entries);
        Assert.Equal((NotificationAuditActions.SetForwarding, AuditOutcome.Refused, "rule.example"), (row.Action, row.Outcome, row.Identity));
    }

    [Fact]
    public async Task AnAdminSetsBothTopicsThenTurnsForwardingOffAndEachChangeIsAudited()
    {
        await using var ses = await StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyEmailIdentityAsync("Ops.Team@Example.com", None);
        var notifications = core.NewScoped<IIdentityNotifications>();

        var bounce = await notifications.SetTopicAsync(Region, "Ops.Team@Example.com", SesNotificationType.Bounce, $"  {Bounces} ", None);
        var complaint = await notifications.SetTopicAsync(Region, "Ops.Team@Example.com", SesNotificationType.Complaint, Complaints, None);
        var forwarding = await notifications.SetForwardingAsync(Region, "Ops.Team@Example.com", false, None);
        var settings = await notifications.GetAsync(Region, "Ops.Team@Example.com", None);

        Assert.True(bounce.Succeeded && complaint.Succeeded && forwarding.Succeeded, forwarding.Failure?.Message ?? bounce.Failure?.Message);
        Assert.Equal(new NotificationSettings(Bounces, Complaints, null, false, false, false, false), settings.Value);
        Assert.False(settings.Value!.MissingFeedbackTopics);
        Assert.Equal(3, core.Audit.Entries.Count(e => e.Outcome == AuditOutcome.Succeeded && e.Identity == "Ops.Team@Example.com" && e.SesRequestId is not null));
    }

    [Fact]
    public async Task AViewerCannotChangeNotificationsAndSesIsNotCalled()
    {
        await using var ses = await StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("viewer.example", None);
        core.Operator.Current = new OperatorInfo("viewer-id", "viewer@integration.test", CanMutate: false);
        ses.Server.ResetRequestCounts();

        var refused = await core.NewScoped<IIdentityNotifications>().SetHeadersAsync(Region, "viewer.example", SesNotificationType.Bounce, true, None);

        Assert.Equal(FailureKind.AccessDenied, refused.Failure!.Kind);
        Assert.Equal(0, ses.TotalCount);
        Assert.Equal(AuditOutcome.Refused, Assert.Single(core.Audit.Entries).Outcome);
    }

    [Fact]
    public async Task ATopicInAnotherRegionIsRefusedOnItsFieldWithoutCallingSes()
    {
        await using var ses = await StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("region.example", None);
        ses.Server.ResetRequestCounts();

        var refused = await core.NewScoped<IIdentityNotifications>().SetTopicAsync(
            Region, "region.example", SesNotificationType.Delivery, "arn:aws:sns:eu-west-1:123456789012:ses-deliveries", None);

        Assert.Equal("deliveryTopic", refused.Failure!.Field);
        Assert.Contains("us-east-1", refused.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, ses.TotalCount);
    }

    [Fact]
    public async Task SettingsOfTwoHundredAndFiftyIdentitiesCostThreeCallsAndKeepNamesAsListed()
    {
        await using var ses = await StartAsync();
        await using var core = CoreServices.For(ses);
        var names = Enumerable.Range(0, 249).Select(i => $"d{i:000}.example").Append("Mixed.Case+tag@Example.com").ToList();
        foreach (var name in names)
        {
            await (name.Contains('@', StringComparison.Ordinal)
                ? core.Client.VerifyEmailIdentityAsync(name, None)
                : (Task)core.Client.VerifyDomainIdentityAsync(name, None));
        }

        ses.Server.ResetRequestCounts();
        var settings = await core.NewScoped<IIdentityNotifications>().GetManyAsync(Region, names, None);

        Assert.Equal(250, settings.Value!.Count);
        Assert.True(settings.Value["Mixed.Case+tag@Example.com"].MissingFeedbackTopics);
        Assert.Equal(3, ses.Count("GetIdentityNotificationAttributes"));
        Assert.Equal(3, ses.TotalCount);
    }

    [Fact]
    public async Task TheTopicListIsAllPagesOnceAndThenServedFromTheCache()
    {
        var topics = Enumerable.Range(0, 130).Select(i => $"topic-{i:000}").ToList();
        await using var ses = await LocalSesEndpoint.StartAsync(o => o.Topics = topics);
        await using var core = CoreServices.For(ses);

        var first = await core.NewScoped<IIdentityNotifications>().ListTopicsAsync(Region, None);
        var second = await core.NewScoped<IIdentityNotifications>().ListTopicsAsync(Region, None);

        Assert.Equal(130, first.Value!.TopicArns.Count);
        Assert.Same(first.Value, second.Value);
        Assert.Equal(2, ses.Count("ListTopics"));
    }

    private static Task<LocalSesEndpoint> StartAsync() =>
        LocalSesEndpoint.StartAsync(o => o.Topics = ["ses-bounces", "ses-complaints", "ses-deliveries"]);
}
