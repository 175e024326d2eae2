namespace SesConsole.Core.Ses;

/// <summary>SES API v2 values of <c>IdentityType</c> (wire: <c>EMAIL_ADDRESS</c>, <c>DOMAIN</c>, <c>MANAGED_DOMAIN</c>).</summary>
public enum SesEmailIdentityType
{
    EmailAddress,
    Domain,
    ManagedDomain,
}

/// <summary>
/// The server-side <c>Filter</c> of ListEmailIdentities; null members are not sent. SES applies them together.
/// </summary>
public sealed record EmailIdentityFilter(
    string? NameContains = null, SesEmailIdentityType? IdentityType = null, SesVerificationStatus? VerificationStatus = null);

/// <param name="PageSize">1..1000; null lets SES choose.</param>
public sealed record ListEmailIdentitiesRequest(EmailIdentityFilter? Filter = null, int? PageSize = null, string? NextToken = null);

/// <summary>One entry of the v2 listing: the name exactly as SES holds it, with its status in the same answer.</summary>
public sealed record EmailIdentityInfo(
    string IdentityName, SesEmailIdentityType IdentityType, SesVerificationStatus VerificationStatus, bool SendingEnabled);

public sealed record ListEmailIdentitiesResponse(IReadOnlyList<EmailIdentityInfo> EmailIdentities, string? NextToken, string RequestId)
    : SesResponse(RequestId);

/// <param name="Status">Null when SES sent none (DKIM never set up).</param>
public sealed record EmailIdentityDkimAttributes(
    bool SigningEnabled,
    SesVerificationStatus? Status,
    IReadOnlyList<string> Tokens,
    string? SigningAttributesOrigin,
    string? SigningHostedZone,
    string? CurrentSigningKeyLength,
    string? NextSigningKeyLength,
    DateTimeOffset? LastKeyGenerationTimestamp);

/// <param name="BehaviorOnMxFailure">Wire value: <c>USE_DEFAULT_VALUE</c> or <c>REJECT_MESSAGE</c>.</param>
public sealed record EmailIdentityMailFromAttributes(
    string MailFromDomain, SesVerificationStatus MailFromDomainStatus, string BehaviorOnMxFailure);

public sealed record SoaRecord(string? PrimaryNameServer, string? AdminEmail, long? SerialNumber);

/// <summary>
/// SES's own account of its last DNS check of the identity. <paramref name="ErrorType"/> is the wire value
/// (<c>HOST_NOT_FOUND</c>, <c>TYPE_NOT_FOUND</c>, ...) kept as text: the set grows with SES.
/// </summary>
public sealed record EmailIdentityVerificationInfo(
    DateTimeOffset? LastCheckedTimestamp, DateTimeOffset? LastSuccessTimestamp, string? ErrorType, SoaRecord? SoaRecord);

public sealed record GetEmailIdentityResponse(
    SesEmailIdentityType IdentityType,
    SesVerificationStatus VerificationStatus,
    bool VerifiedForSendingStatus,
    bool FeedbackForwardingStatus,
    EmailIdentityDkimAttributes? DkimAttributes,
    EmailIdentityMailFromAttributes? MailFromAttributes,
    IReadOnlyDictionary<string, string> Policies,
    IReadOnlyDictionary<string, string> Tags,
    string? ConfigurationSetName,
    EmailIdentityVerificationInfo? VerificationInfo,
    string RequestId)
    : SesResponse(RequestId);

/// <summary>The sending quota of the account in one region (v2 <c>SendQuota</c>; the same numbers as v1 GetSendQuota).</summary>
public sealed record SendQuota(double Max24HourSend, double MaxSendRate, double SentLast24Hours);

/// <summary>
/// SES API v2 GetAccount, the members the console reads. <paramref name="EnforcementStatus"/> is SES's text
/// (<c>HEALTHY</c>, <c>PROBATION</c>, <c>SHUTDOWN</c>), kept as sent: the set is SES's. <paramref name="ReviewStatus"/>
/// is <c>Details.ReviewDetails.Status</c> of a production-access request, when SES sent one.
/// </summary>
public sealed record GetAccountResponse(
    bool ProductionAccessEnabled,
    bool SendingEnabled,
    SendQuota SendQuota,
    string? EnforcementStatus,
    bool DedicatedIpAutoWarmupEnabled,
    string? ReviewStatus,
    string RequestId)
    : SesResponse(RequestId);
