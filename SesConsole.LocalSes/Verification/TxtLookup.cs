namespace SesConsole.LocalSes.Verification;

/// <summary>How a TXT question was answered, in the terms SES's <c>VerificationInfo.ErrorType</c> uses.</summary>
internal enum TxtAnswerKind
{
    /// <summary>The name has TXT records (<see cref="TxtLookup.Values"/>).</summary>
    Found,

    /// <summary>NXDOMAIN: the name does not exist (SES: <c>HOST_NOT_FOUND</c>).</summary>
    NoSuchName,

    /// <summary>The name exists but has no TXT record (SES: <c>TYPE_NOT_FOUND</c>).</summary>
    NoRecordOfType,

    /// <summary>A time-out, a refusal or a server failure (SES: <c>DNS_SERVER_ERROR</c>).</summary>
    ServerError,
}

/// <summary>The zone's start of authority as the DNS answer carried it (authority section), for SES's <c>SOARecord</c>.</summary>
internal sealed record SoaFinding(string PrimaryNameServer, string AdminEmail, long SerialNumber);

/// <summary>One TXT lookup: how it was answered, the TXT strings found, and the zone's SOA when the answer had one.</summary>
internal sealed record TxtLookup(TxtAnswerKind Kind, IReadOnlyList<string> Values, SoaFinding? Soa);
