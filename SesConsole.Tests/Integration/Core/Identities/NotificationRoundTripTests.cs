using System.Net;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>The four notification operations and SNS ListTopics through our clients against LocalSes over real HTTP.</summary>
[Trait("Category", "Integration")]
public sealed class NotificationRoundTripTests
{
    private const string Region = LocalSesEndpoint.Region;
    private const string Bounces = "arn:aws:sns:us-east-1:123456789012:ses-bounces";
    private const string Complaints = "arn:aws:sns:us-east-1:123456789012:ses-complaints";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task NewIdentityHasNoTopicsForwardingOnAndNoHeadersAndAnAbsentOneIsLeftOut()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(WithTopics);
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("notify.example", None);

        var answer = await core.Client.GetIdentityNotificationAttributesAsync(["notify.example", "absent.example"], None);

        var attributes = Assert.Single(answer.NotificationAttributes).Value;
        Assert.Equal(new IdentityNotificationAttributes(null, null, null, true, false, false, false), attributes);
    }

    [Fact]
    public async Task TopicsForwardingAndHeadersRoundTripForAnEmailIdentityKeepingItsCase()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(WithTopics);
        await using var core = CoreServices.For(ses);
        const string email = "Billing.Team@Example.com";
        await core.Client.VerifyEmailIdentityAsync(email, None);

        await core.Client.SetIdentityNotificationTopicAsync(email, SesNotificationType.Bounce, Bounces, None);
        await core.Client.SetIdentityNotificationTopicAsync(email, SesNotificationType.Complaint, Complaints, None);
        await core.Client.SetIdentityFeedbackForwardingEnabledAsync(email, false, None);
        await core.Client.SetIdentityHeadersInNotificationsEnabledAsync(email, SesNotificationType.Complaint, true, None);

        var answer = await core.Client.GetIdentityNotificationAttributesAsync([email], None);
        Assert.Equal(
            new IdentityNotificationAttributes(Bounces, Complaints, null, false, false, true, false),
            answer.NotificationAttributes[email]);
    }

    [Fact]
    public async Task ForwardingCannotBeTurnedOffWhileTheComplaintTopicIsMissing()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(WithTopics);
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("half.example", None);
        await core.Client.SetIdentityNotificationTopicAsync("half.example", SesNotificationType.Bounce, Bounces, None);

        var refused = await Assert.ThrowsAsync<SesCallException>(
            () => core.Client.SetIdentityFeedbackForwardingEnabledAsync("half.example", false, None));

        Assert.Equal("InvalidParameterValue", refused.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await core.Client.GetIdentityNotificationAttributesAsync(["half.example"], None)).NotificationAttributes["half.example"].ForwardingEnabled);
    }

    [Fact]
    public async Task RemovingTheBounceTopicWhileForwardingIsOffIsRefused()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(WithTopics);
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("off.example", None);
        await core.Client.SetIdentityNotificationTopicAsync("off.example", SesNotificationType.Bounce, Bounces, None);
        await core.Client.SetIdentityNotificationTopicAsync("off.example", SesNotificationType.Complaint, Complaints, None);
        await core.Client.SetIdentityFeedbackForwardingEnabledAsync("off.example", false, None);

        var refused = await Assert.ThrowsAsync<SesCallException>(
            () => core.Client.SetIdentityNotificationTopicAsync("off.example", SesNotificationType.Bounce, null, None));

        Assert.Equal("InvalidParameterValue", refused.ErrorCode);
        Assert.Equal(Bounces, (await core.Client.GetIdentityNotificationAttributesAsync(["off.example"], None)).NotificationAttributes["off.example"].BounceTopic);
    }

    [Fact]
    public async Task ATopicThatDoesNotExistInTheRegionIsRefused()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(WithTopics);
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("topic.example", None);

        var refused = await Assert.ThrowsAsync<SesCallException>(() => core.Client.SetIdentityNotificationTopicAsync(
            "topic.example", SesNotificationType.Delivery, "arn:aws:sns:eu-west-1:123456789012:ses-bounces", None));

        Assert.Equal("InvalidParameterValue", refused.ErrorCode);
    }

    [Fact]
    public async Task NotificationSettingsOfAnUnknownIdentityAreRefused()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(WithTopics);
        await using var core = CoreServices.For(ses);

        var refused = await Assert.ThrowsAsync<SesCallException>(
            () => core.Client.SetIdentityHeadersInNotificationsEnabledAsync("nobody.example", SesNotificationType.Bounce, true, None));

        Assert.Equal("InvalidParameterValue", refused.ErrorCode);
        Assert.Contains("nobody.example", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HundredIdentitiesAreReadInOneCallAndTheClientRefusesAHundredAndFirst()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(WithTopics);
        await using var core = CoreServices.For(ses);
        var names = Enumerable.Range(0, 100).Select(i => $"n{i}.example").ToList();
        foreach (var name in names)
        {
            await core.Client.VerifyDomainIdentityAsync(name, None);
        }

        ses.Server.ResetRequestCounts();
        var answer = await core.Client.GetIdentityNotificationAttributesAsync(names, None);

        Assert.Equal(100, answer.NotificationAttributes.Count);
        Assert.Equal(1, ses.Count("GetIdentityNotificationAttributes"));
        await Assert.ThrowsAsync<ArgumentException>(
            () => core.Client.GetIdentityNotificationAttributesAsync([.. names, "one-more.example"], None));
        Assert.Equal(1, ses.Count("GetIdentityNotificationAttributes"));
    }

    [Fact]
    public async Task ListTopicsPagesByNextTokenAndListsOnlyTheRegionsTopics()
    {
        var names = Enumerable.Range(0, 150).Select(i => $"topic-{i:000}").ToList();
        await using var ses = await LocalSesEndpoint.StartAsync(o => o.Topics = [.. names, "arn:aws:sns:eu-west-1:123456789012:elsewhere"]);
        await using var core = CoreServices.For(ses);

        var first = await core.Sns.ListTopicsAsync(null, None);
        var second = await core.Sns.ListTopicsAsync(first.NextToken, None);

        Assert.Equal(100, first.TopicArns.Count);
        Assert.NotNull(first.NextToken);
        Assert.Equal(50, second.TopicArns.Count);
        Assert.Null(second.NextToken);
        Assert.Equal(
            names.Select(n => $"arn:aws:sns:{Region}:123456789012:{n}"),
            first.TopicArns.Concat(second.TopicArns));
    }

    [Fact]
    public async Task ListTopicsWithABadNextTokenIsSnsInvalidParameter()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(WithTopics);
        await using var core = CoreServices.For(ses);

        var refused = await Assert.ThrowsAsync<SesCallException>(() => core.Sns.ListTopicsAsync("not-a-token", None));

        Assert.Equal("InvalidParameter", refused.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    private static void WithTopics(SesConsole.LocalSes.LocalSesOptions options) =>
        options.Topics = ["ses-bounces", "ses-complaints", "ses-deliveries"];
}
