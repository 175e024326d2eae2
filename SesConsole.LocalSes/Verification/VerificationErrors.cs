namespace SesConsole.LocalSes.Verification;

/// <summary>
/// SES API v2's <c>VerificationInfo.ErrorType</c> (enum <c>VerificationError</c>) for one check of the domain's
/// <c>_amazonses</c> TXT record: the name missing, the name without a TXT record, a TXT record with another value,
/// or DNS servers that did not answer.
/// </summary>
internal static class VerificationErrors
{
    public const string HostNotFound = "HOST_NOT_FOUND";
    public const string TypeNotFound = "TYPE_NOT_FOUND";
    public const string InvalidValue = "INVALID_VALUE";
    public const string DnsServerError = "DNS_SERVER_ERROR";

    /// <summary>The error type of a check, null when it verified the domain (the token, or the DKIM CNAMEs).</summary>
    public static string? Of(TxtAnswerKind answer, bool verified) => answer switch
    {
        _ when verified => null,
        TxtAnswerKind.Found => InvalidValue,
        TxtAnswerKind.NoSuchName => HostNotFound,
        TxtAnswerKind.NoRecordOfType => TypeNotFound,
        _ => DnsServerError,
    };
}
