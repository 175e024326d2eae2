namespace SesConsole.LocalSes.Storage;

/// <summary>
/// LocalSes's last DNS check of a domain's verification record, as SES API v2 reports it in <c>VerificationInfo</c>
/// (times in Unix ms). <paramref name="ErrorType"/> is SES's wire value, null when the check found the token.
/// </summary>
internal sealed record VerificationCheck(
    long CheckedAt, long? SuccessAt, string? ErrorType, string? SoaPrimaryNameServer, string? SoaAdminEmail, long? SoaSerialNumber);
