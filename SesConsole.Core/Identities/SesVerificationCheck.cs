using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>
/// SES's own account of its last DNS check of a domain (API v2 <c>VerificationInfo</c>), shown beside our DNS check.
/// </summary>
/// <param name="ErrorType">SES's wire value (<c>TYPE_NOT_FOUND</c>, ...), null when the last check found what it wanted.</param>
public sealed record SesVerificationCheck(DateTimeOffset? LastCheckedAt, DateTimeOffset? LastSuccessAt, string? ErrorType)
{
    /// <summary>What SES found, in words: its error type explained, or that the check succeeded.</summary>
    public string Finding => ErrorType switch
    {
        null => LastSuccessAt is not null ? "the records were found" : "no problem reported",
        "TYPE_NOT_FOUND" => "the verification record was not found",
        "HOST_NOT_FOUND" => "the domain's DNS has no such name",
        "INVALID_VALUE" => "a record was found but its value is not the one SES expects",
        "DNS_SERVER_ERROR" => "the domain's DNS servers did not answer",
        "SERVICE_ERROR" => "SES had an internal error and checks again later",
        { } other when other.StartsWith("REPLICATION_", StringComparison.Ordinal) => $"replication from the primary region failed ({other})",
        { } other => $"SES reports {other}",
    };

    internal static SesVerificationCheck? From(EmailIdentityVerificationInfo? info) =>
        info is null || (info.LastCheckedTimestamp is null && info.LastSuccessTimestamp is null && info.ErrorType is null)
            ? null
            : new SesVerificationCheck(info.LastCheckedTimestamp, info.LastSuccessTimestamp, info.ErrorType);
}
