using SesConsole.Core.Ses.Operations;

namespace SesConsole.Core.Ses;

/// <summary>The notification and feedback operations of <see cref="SesClient"/>.</summary>
internal sealed partial class SesClient
{
    public Task<GetIdentityNotificationAttributesResponse> GetIdentityNotificationAttributesAsync(
        IReadOnlyList<string> identities, CancellationToken cancellationToken)
    {
        RequireIdentityBatch(identities);
        return CallAsync(
            GetIdentityNotificationAttributesOperation.Write(identities),
            GetIdentityNotificationAttributesOperation.Read,
            cancellationToken);
    }

    public Task<SesAcknowledgement> SetIdentityNotificationTopicAsync(
        string identity, SesNotificationType notificationType, string? snsTopic, CancellationToken cancellationToken)
    {
        RequireValue(identity, nameof(identity), "an identity");
        RequireNotificationType(notificationType);
        if (snsTopic is not null && string.IsNullOrWhiteSpace(snsTopic))
        {
            throw new ArgumentException("Give an SNS topic ARN, or null to stop the notifications.", nameof(snsTopic));
        }

        return CallAsync(
            SetIdentityNotificationTopicOperation.Write(identity, notificationType, snsTopic),
            SetIdentityNotificationTopicOperation.Read,
            cancellationToken);
    }

    public Task<SesAcknowledgement> SetIdentityFeedbackForwardingEnabledAsync(
        string identity, bool forwardingEnabled, CancellationToken cancellationToken)
    {
        RequireValue(identity, nameof(identity), "an identity");
        return CallAsync(
            SetIdentityFeedbackForwardingEnabledOperation.Write(identity, forwardingEnabled),
            SetIdentityFeedbackForwardingEnabledOperation.Read,
            cancellationToken);
    }

    public Task<SesAcknowledgement> SetIdentityHeadersInNotificationsEnabledAsync(
        string identity, SesNotificationType notificationType, bool enabled, CancellationToken cancellationToken)
    {
        RequireValue(identity, nameof(identity), "an identity");
        RequireNotificationType(notificationType);
        return CallAsync(
            SetIdentityHeadersInNotificationsEnabledOperation.Write(identity, notificationType, enabled),
            SetIdentityHeadersInNotificationsEnabledOperation.Read,
            cancellationToken);
    }

    private static void RequireNotificationType(SesNotificationType notificationType)
    {
        if (!Enum.IsDefined(notificationType))
        {
            throw new ArgumentOutOfRangeException(nameof(notificationType), notificationType, "Use Bounce, Complaint or Delivery.");
        }
    }
}
