using SesConsole.Core.Identities;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Notifications;

/// <summary>SES's rules for notification settings, checked before any call so the page can explain them.</summary>
public static class NotificationRules
{
    public const string ForwardingField = "forwarding";

    /// <summary>The field name of a notification type's topic (<c>bounceTopic</c>, ...).</summary>
    public static string TopicField(SesNotificationType type) => type switch
    {
        SesNotificationType.Bounce => "bounceTopic",
        SesNotificationType.Complaint => "complaintTopic",
        _ => "deliveryTopic",
    };

    /// <summary>SES: feedback forwarding can be off only while both a bounce and a complaint topic are set.</summary>
    public static Failure? RefuseForwardingOff(NotificationSettings current) =>
        current.BounceTopic is not null && current.ComplaintTopic is not null
            ? null
            : new Failure(
                FailureKind.InvalidInput,
                "Email feedback forwarding can be turned off only while both a bounce and a complaint topic are set; otherwise nobody would hear of bounces and complaints. Set both topics first.",
                Field: ForwardingField);

    /// <summary>The same rule from the other side: with forwarding off, the bounce and complaint topics must stay.</summary>
    public static Failure? RefuseTopicRemoval(NotificationSettings current, SesNotificationType type) =>
        current.ForwardingEnabled || type == SesNotificationType.Delivery
            ? null
            : new Failure(
                FailureKind.InvalidInput,
                $"The {type.ToString().ToLowerInvariant()} topic cannot be removed while email feedback forwarding is off. Turn forwarding on first.",
                Field: TopicField(type));
}
