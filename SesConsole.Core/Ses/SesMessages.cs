namespace SesConsole.Core.Ses;

/// <summary>Wire values of <c>IdentityType</c>.</summary>
public enum SesIdentityType
{
    EmailAddress,
    Domain,
}

/// <summary>Wire values of <c>VerificationStatus</c>.</summary>
public enum SesVerificationStatus
{
    Pending,
    Success,
    Failed,
    TemporaryFailure,
    NotStarted,
}

public abstract record SesResponse(string RequestId);

public sealed record SesAcknowledgement(string RequestId) : SesResponse(RequestId);

/// <param name="MaxItems">1..1000; null lets SES choose.</param>
public sealed record ListIdentitiesRequest(SesIdentityType? IdentityType = null, int? MaxItems = null, string? NextToken = null);

public sealed record ListIdentitiesResponse(IReadOnlyList<string> Identities, string? NextToken, string RequestId)
    : SesResponse(RequestId);

public sealed record IdentityVerificationAttributes(SesVerificationStatus VerificationStatus, string? VerificationToken);

public sealed record GetIdentityVerificationAttributesResponse(
    IReadOnlyDictionary<string, IdentityVerificationAttributes> VerificationAttributes, string RequestId)
    : SesResponse(RequestId);

public sealed record VerifyDomainIdentityResponse(string VerificationToken, string RequestId) : SesResponse(RequestId);

public sealed record VerifyDomainDkimResponse(IReadOnlyList<string> DkimTokens, string RequestId) : SesResponse(RequestId);

public sealed record IdentityDkimAttributes(
    bool DkimEnabled, SesVerificationStatus DkimVerificationStatus, IReadOnlyList<string> DkimTokens);

public sealed record GetIdentityDkimAttributesResponse(
    IReadOnlyDictionary<string, IdentityDkimAttributes> DkimAttributes, string RequestId)
    : SesResponse(RequestId);

public sealed record GetIdentityPoliciesResponse(IReadOnlyDictionary<string, string> Policies, string RequestId)
    : SesResponse(RequestId);

public sealed record ListIdentityPoliciesResponse(IReadOnlyList<string> PolicyNames, string RequestId)
    : SesResponse(RequestId);

public sealed record IdentityMailFromDomainAttributes(
    string MailFromDomain, SesVerificationStatus MailFromDomainStatus, string BehaviorOnMXFailure);

public sealed record GetIdentityMailFromDomainAttributesResponse(
    IReadOnlyDictionary<string, IdentityMailFromDomainAttributes> MailFromDomainAttributes, string RequestId)
    : SesResponse(RequestId);

/// <summary>Wire values of <c>NotificationType</c>.</summary>
public enum SesNotificationType
{
    Bounce,
    Complaint,
    Delivery,
}

/// <param name="BounceTopic">The SNS topic ARN, or null when SES does not publish bounces for the identity.</param>
public sealed record IdentityNotificationAttributes(
    string? BounceTopic,
    string? ComplaintTopic,
    string? DeliveryTopic,
    bool ForwardingEnabled,
    bool HeadersInBounceNotificationsEnabled,
    bool HeadersInComplaintNotificationsEnabled,
    bool HeadersInDeliveryNotificationsEnabled);

public sealed record GetIdentityNotificationAttributesResponse(
    IReadOnlyDictionary<string, IdentityNotificationAttributes> NotificationAttributes, string RequestId)
    : SesResponse(RequestId);

/// <summary>A plain-text message; <paramref name="Source"/> is an address (optionally "Name &lt;address&gt;").</summary>
public sealed record SendEmailRequest(string Source, IReadOnlyList<string> ToAddresses, string Subject, string TextBody);

public sealed record SendEmailResponse(string MessageId, string RequestId) : SesResponse(RequestId);

public sealed record GetSendQuotaResponse(double Max24HourSend, double MaxSendRate, double SentLast24Hours, string RequestId)
    : SesResponse(RequestId);

public sealed record GetAccountSendingEnabledResponse(bool Enabled, string RequestId) : SesResponse(RequestId);
