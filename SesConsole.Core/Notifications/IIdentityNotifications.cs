using SesConsole.Core.Identities;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Notifications;

/// <summary>
/// Notification topics, feedback forwarding and headers of identities. Reads are open to every signed-in operator;
/// changes go through the <see cref="ChangeGate"/> (Admin only, audited) and SES's rules are checked before the call.
/// </summary>
public interface IIdentityNotifications
{
    Task<Outcome<NotificationSettings>> GetAsync(string region, string identity, CancellationToken cancellationToken);

    /// <summary>Settings of many identities (batches of 100); identities SES does not know are absent.</summary>
    Task<Outcome<IReadOnlyDictionary<string, NotificationSettings>>> GetManyAsync(
        string region, IReadOnlyCollection<string> identities, CancellationToken cancellationToken);

    /// <summary>The region's SNS topics (every page of ListTopics), cached a few minutes. When the credentials may
    /// not list topics the failure says so, and the operator types an ARN instead.</summary>
    Task<Outcome<TopicList>> ListTopicsAsync(string region, CancellationToken cancellationToken);

    /// <param name="topicArn">The ARN (typed or picked), or null/empty to stop this notification type.</param>
    Task<Outcome<Done>> SetTopicAsync(
        string region, string identity, SesNotificationType type, string? topicArn, CancellationToken cancellationToken);

    Task<Outcome<Done>> SetForwardingAsync(string region, string identity, bool enabled, CancellationToken cancellationToken);

    Task<Outcome<Done>> SetHeadersAsync(
        string region, string identity, SesNotificationType type, bool enabled, CancellationToken cancellationToken);
}
