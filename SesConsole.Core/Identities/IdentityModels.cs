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
/// <param name="MissingFeedbackTopics">Only identities SES sends bounces or complaints to no SNS topic for.</param>
/// <param name="PendingOver">Only identities Pending for longer than this (by when the index saw their status last
/// change), as the overview counts them (<see cref="Overview.OverviewAges"/>).</param>
public sealed record IdentityQuery(
    int PageIndex = 0,
    int PageSize = 25,
    string? Search = null,
    IdentityKind? Kind = null,
    VerificationStatus? Status = null,
    IdentitySortField SortBy = IdentitySortField.None,
    bool Descending = false,
    bool MissingFeedbackTopics = false,
    TimeSpan? PendingOver = null);

/// <param name="Region">The region it belongs to (set by the index's reads; the All regions view shows it).</param>
/// <param name="DkimStatus">A domain's DKIM status as the index's sync read it; null for addresses and until read.</param>
/// <param name="MissingFeedbackTopics">No bounce or no complaint SNS topic at SES; null until the sync read it.</param>
public sealed record IdentitySummary(
    string Name,
    IdentityKind Kind,
    VerificationStatus Status,
    string? Region = null,
    VerificationStatus? DkimStatus = null,
    bool? MissingFeedbackTopics = null);

/// <param name="TotalCount">Identities matching the query in the index.</param>
/// <param name="TotalIsExact">False until the region's first complete listing, and for a search with more matches than it counts
/// (<see cref="Index.IndexLimits.SearchCountCap"/>): show "1,000+".</param>
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

/// <summary>What a DNS record SES asks for is for: known from the SES answer it came from, never guessed from its name
/// or value.</summary>
public enum DnsRecordRole
{
    /// <summary>The <c>_amazonses</c> TXT record holding the verification token.</summary>
    Verification,

    /// <summary>One of the Easy DKIM CNAME records.</summary>
    Dkim,

    /// <summary>The custom MAIL FROM domain's MX record.</summary>
    MailFromMx,

    /// <summary>The custom MAIL FROM domain's SPF TXT record.</summary>
    MailFromSpf,
}

/// <param name="Name">Fully qualified, without trailing dot: <c>_amazonses.example.com</c>.</param>
public sealed record DnsRecord(DnsRecordType Type, string Name, string Value, DnsRecordRole Role)
{
    /// <summary>What the record proves, in a few words ("Domain verification", "DKIM").</summary>
    public string Purpose => Role switch
    {
        DnsRecordRole.Verification => "Domain verification",
        DnsRecordRole.Dkim => "DKIM",
        DnsRecordRole.MailFromMx => "Custom MAIL FROM",
        _ => "Custom MAIL FROM (SPF)",
    };
}

public sealed record EmailVerificationStarted(string EmailAddress, string? RequestId);

/// <param name="Records">The <c>_amazonses</c> TXT record, then the three DKIM CNAMEs when DKIM was asked for.</param>
public sealed record DomainVerificationStarted(
    string Domain, string VerificationToken, IReadOnlyList<DnsRecord> Records, string? RequestId);

public sealed record DkimSetup(string Domain, IReadOnlyList<string> Tokens, IReadOnlyList<DnsRecord> Records, string? RequestId);

public sealed record DkimInfo(bool Enabled, VerificationStatus Status, IReadOnlyList<string> Tokens);

public sealed record MailFromInfo(string MailFromDomain, VerificationStatus Status, string BehaviorOnMxFailure);

/// <param name="VerificationStartedAt">When this console last started verification, if it knows.</param>
/// <param name="Records">Every DNS record this identity needs (TXT, DKIM CNAMEs, MAIL FROM MX/TXT); empty for email.</param>
/// <param name="SesCheck">A domain's last DNS check by SES itself (API v2), null where v2 is not granted or SES has none.</param>
public sealed record IdentityDetails(
    string Name,
    IdentityKind Kind,
    VerificationStatus Status,
    string? VerificationToken,
    DateTimeOffset? VerificationStartedAt,
    DkimInfo? Dkim,
    MailFromInfo? MailFrom,
    IReadOnlyList<DnsRecord> Records,
    IReadOnlyDictionary<DetailSection, Failure>? Failures = null,
    SesVerificationCheck? SesCheck = null)
{
    /// <summary>Why one section could not be read (its values are then empty), or null when it was read.</summary>
    public Failure? FailureOf(DetailSection section) => Failures?.GetValueOrDefault(section);
}

/// <summary>The parts of an identity's details that SES answers with separate reads, each loading and failing alone.</summary>
public enum DetailSection
{
    /// <summary>Verification status and the domain's TXT token (GetIdentityVerificationAttributes).</summary>
    Verification,
    Dkim,
    MailFrom,
}

public sealed record IdentityPolicy(string Name, string Document);
