using SesConsole.Core.Ses;

namespace SesConsole.Core.Notifications;

/// <summary>Where SES sends an identity's bounces, complaints and deliveries, as SES reports them.</summary>
/// <param name="BounceTopic">The SNS topic ARN exactly as SES gave it, or null when none is set.</param>
public sealed record NotificationSettings(
    string? BounceTopic,
    string? ComplaintTopic,
    string? DeliveryTopic,
    bool ForwardingEnabled,
    bool HeadersInBounce,
    bool HeadersInComplaint,
    bool HeadersInDelivery)
{
    /// <summary>
    /// No SNS topic for bounces or for complaints: nobody is told about them but the sender's mailbox (if forwarding
    /// is on), the usual way an account's bounce or complaint rate climbs unnoticed until SES pauses it.
    /// </summary>
    public bool MissingFeedbackTopics => BounceTopic is null || ComplaintTopic is null;

    public string? TopicFor(SesNotificationType type) => type switch
    {
        SesNotificationType.Bounce => BounceTopic,
        SesNotificationType.Complaint => ComplaintTopic,
        _ => DeliveryTopic,
    };

    public bool HeadersFor(SesNotificationType type) => type switch
    {
        SesNotificationType.Bounce => HeadersInBounce,
        SesNotificationType.Complaint => HeadersInComplaint,
        _ => HeadersInDelivery,
    };

    internal static NotificationSettings From(IdentityNotificationAttributes a) => new(
        a.BounceTopic, a.ComplaintTopic, a.DeliveryTopic, a.ForwardingEnabled,
        a.HeadersInBounceNotificationsEnabled, a.HeadersInComplaintNotificationsEnabled, a.HeadersInDeliveryNotificationsEnabled);
}

/// <summary>The SNS topics of a region an operator may pick from.</summary>
public sealed record TopicList(string Region, IReadOnlyList<string> TopicArns, DateTimeOffset ListedAt);
