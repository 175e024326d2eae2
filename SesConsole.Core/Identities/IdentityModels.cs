namespace SesConsole.Core.Identities;

public enum IdentityKind
{
    EmailAddress,
    Domain,
}

/// <summary>SES's verification statuses; the UI shows <see cref="Success"/> as "Verified".</summary>
public enum VerificationStatus
{
    Pending,
    Success,
    Failed,
    TemporaryFailure,
    NotStarted,
}

public enum IdentitySortField
{
    /// <summary>The order SES lists identities in: the only order whose first page needs a single list call.</summary>
    None,
    Name,
    Status,
}

/// <param name="PageIndex">Zero-based.</param>
/// <param name="PageSize">1..1000.</param>
/// <param name="Search">Case-insensitive substring of the identity name.</param>
public sealed record IdentityQuery(
    int PageIndex = 0,
    int PageSize = 25,
    string? Search = null,
    IdentityKind? Kind = null,
    VerificationStatus? Status = null,
    IdentitySortField SortBy = IdentitySortField.None,
    bool Descending = false);

/// <param name="Region">The region it belongs to (set by the index's reads; the All regions view shows it).</param>
public sealed record IdentitySummary(string Name, IdentityKind Kind, VerificationStatus Status, string? Region = null);

/// <param name="TotalCount">Identities matching the query in the index.</param>
/// <param name="TotalIsExact">False until the region's first complete listing (show "1,000+" and the sync's progress).</param>
/// <param name="Sync">The region's sync state the page was read under (null from fakes that have none).</param>
public sealed record IdentityPage(
    IReadOnlyList<IdentitySummary> Items, int TotalCount, bool TotalIsExact, Index.RegionSyncState? Sync = null);

/// <summary>The result of checking a typed name with the same rules the service applies.</summary>
/// <param name="Normalized">The name as it will be sent to SES (lower-cased, punycode, no trailing dot).</param>
public sealed record IdentityNameCheck(string? Normalized, string? Error)
{
    public bool IsValid => Error is null;
}

public enum DnsRecordType
{
    TXT,
    CNAME,
    MX,
}

/// <param name="Name">Fully qualified, without trailing dot: <c>_amazonses.example.com</c>.</param>
/// <param name="Purpose">What the record proves, in a few words ("Domain verification", "DKIM").</param>
public sealed record DnsRecord(DnsRecordType Type, string Name, string Value, string Purpose);

public sealed record EmailVerificationStarted(string EmailAddress, string? RequestId);

/// <param name="Records">The <c>_amazonses</c> TXT record, then the three DKIM CNAMEs when DKIM was asked for.</param>
public sealed record DomainVerificationStarted(
    string Domain, string VerificationToken, IReadOnlyList<DnsRecord> Records, string? RequestId);

public sealed record DkimSetup(string Domain, IReadOnlyList<string> Tokens, IReadOnlyList<DnsRecord> Records, string? RequestId);

public sealed record DkimInfo(bool Enabled, VerificationStatus Status, IReadOnlyList<string> Tokens);

public sealed record MailFromInfo(string MailFromDomain, VerificationStatus Status, string BehaviorOnMxFailure);

/// <param name="VerificationStartedAt">When this console last started verification, if it knows.</param>
/// <param name="Records">Every DNS record this identity needs (TXT, DKIM CNAMEs, MAIL FROM MX/TXT); empty for email.</param>
public sealed record IdentityDetails(
    string Name,
    IdentityKind Kind,
    VerificationStatus Status,
    string? VerificationToken,
    DateTimeOffset? VerificationStartedAt,
    DkimInfo? Dkim,
    MailFromInfo? MailFrom,
    IReadOnlyList<string> PolicyNames,
    IReadOnlyList<DnsRecord> Records);

public sealed record IdentityPolicy(string Name, string Document);
