using SesConsole.Core.Identities;

namespace SesConsole.Core.Index;

/// <summary>
/// The console's own copy of every identity of every configured region (a port, like the audit trail; Web stores it
/// in the console's database). Names are keys exactly as SES lists them (ordinal). The grid reads only this; the
/// sync and our own mutations write it. Implementations are thread-safe singletons.
/// </summary>
public interface IIdentityIndex
{
    /// <summary>Raised after identities changed status, appeared or went, or a region's sync state moved; in this
    /// process only (another app instance's writes show at the next query).</summary>
    event EventHandler<IdentityIndexChanged>? Changed;

    /// <summary>One page for the grid: search (case-insensitive substring), kind and status filters, sort and paging
    /// over one region, or over every region when <paramref name="region"/> is null. Sorts end with the exact name.</summary>
    Task<IndexPage> QueryAsync(string? region, IdentityQuery query, CancellationToken cancellationToken);

    /// <summary>The rows of <paramref name="names"/> the index holds (names it does not hold are left out).</summary>
    Task<IReadOnlyList<IndexedIdentity>> GetAsync(string region, IReadOnlyCollection<string> names, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> Pending identities of the region, the least recently read first.</summary>
    Task<IReadOnlyList<string>> PendingAsync(string region, int max, CancellationToken cancellationToken);

    /// <summary>Writes what SES said (or what our own change made) about identities, read at <paramref name="readAt"/>.
    /// A row removed after <paramref name="readAt"/> (our own delete racing a listing) is not brought back. Returns
    /// the status changes it made.</summary>
    Task<IReadOnlyList<IdentityStatusChange>> WriteAsync(
        string region, IReadOnlyCollection<IdentityObservation> identities, DateTimeOffset readAt, CancellationToken cancellationToken);

    /// <summary>Writes DKIM and notification facts about identities the index holds (rows it does not hold, or removed
    /// ones, are left alone: these reads never bring an identity in). Returns how many rows changed.</summary>
    Task<int> WriteAttributesAsync(string region, IReadOnlyCollection<IdentityAttributes> attributes, CancellationToken cancellationToken);

    /// <summary>Removes identities (our own delete, or SES no longer knows them) as of <paramref name="at"/>.</summary>
    Task RemoveAsync(string region, IReadOnlyCollection<string> names, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>After a complete listing that started at <paramref name="passStartedAt"/>: removes every row of the region
    /// not read since (identities that disappeared from SES). Returns how many went.</summary>
    Task<int> RemoveUnseenAsync(string region, DateTimeOffset passStartedAt, CancellationToken cancellationToken);

    /// <summary>The sync state of every region the index has heard of.</summary>
    Task<IReadOnlyList<RegionSyncState>> SyncStatesAsync(CancellationToken cancellationToken);

    /// <summary>Records a region's sync progress; only the lease holder writes it.</summary>
    Task SaveSyncStateAsync(RegionSyncState state, CancellationToken cancellationToken);

    /// <summary>Takes or renews the region's sync lease for <paramref name="holder"/> until <paramref name="now"/> +
    /// <paramref name="duration"/>; false while another holder's lease has not expired. Atomic across app instances
    /// sharing the database.</summary>
    Task<bool> TryTakeLeaseAsync(string region, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up (at shutdown) so another instance need not wait for it to expire.</summary>
    Task ReleaseLeaseAsync(string region, string holder, CancellationToken cancellationToken);
}
