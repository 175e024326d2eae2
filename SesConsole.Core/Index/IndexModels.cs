using SesConsole.Core.Identities;
using SesConsole.Core.Ses.Listing;

namespace SesConsole.Core.Index;

/// <summary>One identity as the index holds it.</summary>
/// <param name="Name">Exactly as SES lists it.</param>
/// <param name="DkimStatus">Null until a DKIM read (details page, Pending pass) told us.</param>
/// <param name="SendingEnabled">Null when only the v1 API has been asked (it does not report it).</param>
/// <param name="LastReadAt">When SES was last asked about it (or our own change wrote it).</param>
/// <param name="StatusChangedAt">When its verification status last changed as far as the index saw.</param>
/// <param name="MissingFeedbackTopics">No bounce or no complaint SNS topic at SES; null until the sync read it.</param>
public sealed record IndexedIdentity(
    string Region,
    string Name,
    IdentityKind Kind,
    VerificationStatus Status,
    VerificationStatus? DkimStatus,
    bool? SendingEnabled,
    DateTimeOffset LastReadAt,
    DateTimeOffset StatusChangedAt,
    bool? MissingFeedbackTopics = null);

/// <summary>What one read of SES (or one of our own changes) says about an identity; null members leave what the
/// index holds unchanged.</summary>
public sealed record IdentityObservation(
    string Name,
    IdentityKind Kind,
    VerificationStatus Status,
    bool? SendingEnabled = null,
    VerificationStatus? DkimStatus = null,
    bool? MissingFeedbackTopics = null);

/// <summary>What a DKIM or notification read says about an identity the index already holds (its status untouched);
/// null members leave what the index holds unchanged.</summary>
public sealed record IdentityAttributes(string Name, VerificationStatus? DkimStatus = null, bool? MissingFeedbackTopics = null);

/// <param name="TotalIsExact">False when a free-text search's count stopped at <see cref="IndexLimits.SearchCountCap"/>
/// (the grid shows "1,000+"): counting every match of a substring means reading every name.</param>
public sealed record IndexPage(IReadOnlyList<IndexedIdentity> Items, int TotalCount, bool TotalIsExact = true);

/// <summary>The index's own limits, stated once.</summary>
public static class IndexLimits
{
    /// <summary>A search counts its matches up to this many (or up to the page asked for, if further), then says "or
    /// more": a substring search cannot use an index, so its count would read every name of the region.</summary>
    public const int SearchCountCap = 1000;

    /// <summary>The count a search needs: enough to page to <paramref name="pageIndex"/> and know there is one more.</summary>
    public static int SearchCountLimit(int pageIndex, int pageSize) =>
        Math.Max(SearchCountCap, ((pageIndex + 1) * pageSize) + 1);
}

/// <summary>A verification status the index saw change (Before is null for an identity new to the index).</summary>
public sealed record IdentityStatusChange(string Region, string Name, VerificationStatus? Before, VerificationStatus After, DateTimeOffset At);

/// <summary>How far a region's sync has got.</summary>
/// <param name="LastFullSyncAt">When the last complete listing finished; null for a never-synced region.</param>
/// <param name="PassStartedAt">When the listing in progress started; null when none runs.</param>
/// <param name="IdentitiesRead">Identities read so far by the listing in progress (or by the last one).</param>
/// <param name="LastPendingSyncAt">When Pending identities were last re-read.</param>
/// <param name="Api">The API the last listing used.</param>
/// <param name="LastError">What went wrong with the last attempt, for the page; null after a success.</param>
public sealed record RegionSyncState(
    string Region,
    DateTimeOffset? LastFullSyncAt,
    DateTimeOffset? PassStartedAt,
    int IdentitiesRead,
    DateTimeOffset? LastPendingSyncAt,
    ListingApi? Api,
    string? LastError)
{
    public static RegionSyncState Never(string region) => new(region, null, null, 0, null, null, null);

    public bool EverSynced => LastFullSyncAt is not null;
}

public enum IndexChangeKind
{
    /// <summary>Statuses changed, or identities appeared or went.</summary>
    Identities,

    /// <summary>A region's sync state moved (progress, finished, failed).</summary>
    SyncState,
}

public sealed class IdentityIndexChanged(string region, IndexChangeKind kind, IReadOnlyList<IdentityStatusChange> statusChanges) : EventArgs
{
    public string Region { get; } = region;

    public IndexChangeKind Kind { get; } = kind;

    /// <summary>The status changes among them (empty for additions without a status change and for removals).</summary>
    public IReadOnlyList<IdentityStatusChange> StatusChanges { get; } = statusChanges;
}
