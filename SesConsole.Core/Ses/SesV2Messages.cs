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
