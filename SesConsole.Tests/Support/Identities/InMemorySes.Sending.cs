using System.Globalization;
using SesConsole.Core.Ses;

namespace SesConsole.Tests.Support.Identities;

/// <summary>Notification settings, SendEmail and the account calls of the in-memory SES model.</summary>
internal sealed partial class InMemorySes
{
    private readonly Dictionary<string, IdentityNotificationAttributes> notifications = new(StringComparer.Ordinal);
    private int sentLast24Hours;

    /// <summary>The account-level answers of GetSendQuota / GetAccountSendingEnabled; sandbox quota by default.</summary>
    public double Max24HourSend { get; set; } = 200;

    public double MaxSendRate { get; set; } = 1;

    public bool SendingEnabled { get; set; } = true;

    public List<SendEmailRequest> SentMail { get; } = [];

    public Task<GetIdentityNotificationAttributesResponse> GetIdentityNotificationAttributesAsync(
        IReadOnlyList<string> identities, CancellationToken cancellationToken)
    {
        Count(nameof(GetIdentityNotificationAttributesAsync));
        CheckBatch(identities);
        lock (gate)
        {
            var answer = identities
                .Where(this.identities.ContainsKey)
                .Distinct(StringComparer.Ordinal)
                .ToDictionary(name => name, NotificationsOf, StringComparer.Ordinal);
            return Task.FromResult(new GetIdentityNotificationAttributesResponse(answer, NextRequestId()));
        }
    }

    public Task<SesAcknowledgement> SetIdentityNotificationTopicAsync(
        string identity, SesNotificationType notificationType, string? snsTopic, CancellationToken cancellationToken)
    {
        Count(nameof(SetIdentityNotificationTopicAsync));
        lock (gate)
        {
            Existing(identity);
            var current = NotificationsOf(identity);
            notifications[identity] = notificationType switch
            {
                SesNotificationType.Bounce => current with { BounceTopic = snsTopic },
                SesNotificationType.Complaint => current with { ComplaintTopic = snsTopic },
                _ => current with { DeliveryTopic = snsTopic },
            };
            return Task.FromResult(new SesAcknowledgement(NextRequestId()));
        }
    }

    public Task<SesAcknowledgement> SetIdentityFeedbackForwardingEnabledAsync(
        string identity, bool forwardingEnabled, CancellationToken cancellationToken)
    {
        Count(nameof(SetIdentityFeedbackForwardingEnabledAsync));
        lock (gate)
        {
            Existing(identity);
            var current = NotificationsOf(identity);
            if (!forwardingEnabled && (current.BounceTopic is null || current.ComplaintTopic is null))
            {
                throw Invalid("Feedback forwarding can be disabled only when bounce and complaint topics are set.");
            }

            notifications[identity] = current with { ForwardingEnabled = forwardingEnabled };
            return Task.FromResult(new SesAcknowledgement(NextRequestId()));
        }
    }

    public Task<SesAcknowledgement> SetIdentityHeadersInNotificationsEnabledAsync(
        string identity, SesNotificationType notificationType, bool enabled, CancellationToken cancellationToken)
    {
        Count(nameof(SetIdentityHeadersInNotificationsEnabledAsync));
        lock (gate)
        {
            Existing(identity);
            var current = NotificationsOf(identity);
            notifications[identity] = notificationType switch
            {
                SesNotificationType.Bounce => current with { HeadersInBounceNotificationsEnabled = enabled },
                SesNotificationType.Complaint => current with { HeadersInComplaintNotificationsEnabled = enabled },
                _ => current with { HeadersInDeliveryNotificationsEnabled = enabled },
            };
            return Task.FromResult(new SesAcknowledgement(NextRequestId()));
        }
    }

    public Task<SendEmailResponse> SendEmailAsync(SendEmailRequest request, CancellationToken cancellationToken)
    {
        Count(nameof(SendEmailAsync));
        lock (gate)
        {
            if (!identities.TryGetValue(request.Source, out var sender) || sender.Status != SesVerificationStatus.Success)
            {
                throw new SesCallException(
                    "MessageRejected",
                    $"Email address is not verified. The following identities failed the check in region {Region.ToUpperInvariant()}: {request.Source}",
                    System.Net.HttpStatusCode.BadRequest,
                    NextRequestId());
            }

            SentMail.Add(request);
            sentLast24Hours += request.ToAddresses.Count;
            return Task.FromResult(new SendEmailResponse(
                string.Create(CultureInfo.InvariantCulture, $"inmemory-{SentMail.Count}"), NextRequestId()));
        }
    }

    public Task<GetSendQuotaResponse> GetSendQuotaAsync(CancellationToken cancellationToken)
    {
        Count(nameof(GetSendQuotaAsync));
        return Task.FromResult(new GetSendQuotaResponse(Max24HourSend, MaxSendRate, sentLast24Hours, NextRequestId()));
    }

    public Task<GetAccountSendingEnabledResponse> GetAccountSendingEnabledAsync(CancellationToken cancellationToken)
    {
        Count(nameof(GetAccountSendingEnabledAsync));
        return Task.FromResult(new GetAccountSendingEnabledResponse(SendingEnabled, NextRequestId()));
    }

    private IdentityNotificationAttributes NotificationsOf(string identity) =>
        notifications.GetValueOrDefault(identity) ?? new IdentityNotificationAttributes(null, null, null, true, false, false, false);
}
