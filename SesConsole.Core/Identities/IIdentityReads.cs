using SesConsole.Core.Index;

namespace SesConsole.Core.Identities;

/// <summary>
/// What the pages may read about SES identities. Inputs are the raw strings an operator typed or SES listed: the
/// service validates them (a refusal is an <see cref="FailureKind.InvalidInput"/> outcome) and answers expected
/// failures as <see cref="Failure"/>s, never as exceptions.
/// </summary>
public interface IIdentityReads
{
    /// <summary>The regions an operator may switch between, from configuration; the first is the default.</summary>
    IReadOnlyList<string> Regions { get; }

    IdentityNameCheck CheckEmailAddress(string? input);

    IdentityNameCheck CheckDomain(string? input);

    /// <summary>One page of the grid from the identity index: search, filters, sort and paging make no SES call. A
    /// region never synced yet answers at once with what has been read so far and the sync's progress.</summary>
    Task<Outcome<IdentityPage>> ListAsync(string region, IdentityQuery query, CancellationToken cancellationToken);

    /// <summary>One page of the All regions view: the same query over every configured region's index rows (each
    /// summary carries its region); no SES call. The total is exact once every region has completed a listing.</summary>
    Task<Outcome<IdentityPage>> ListAllRegionsAsync(IdentityQuery query, CancellationToken cancellationToken);

    /// <summary>The statuses the index holds (the sync re-reads Pending ones every minute): for polling Pending rows
    /// without calling SES. A name the index does not hold answers <see cref="VerificationStatus.NotStarted"/>.</summary>
    Task<Outcome<IReadOnlyDictionary<string, VerificationStatus>>> RefreshStatusesAsync(
        string region, IReadOnlyCollection<string> identities, CancellationToken cancellationToken);

    /// <summary>DKIM status of domains (batches of 100); email addresses are ignored.</summary>
    Task<Outcome<IReadOnlyDictionary<string, DkimInfo>>> GetDkimStatusesAsync(
        string region, IReadOnlyCollection<string> domains, CancellationToken cancellationToken);

    /// <summary>"Sync now": asks the region's sync for a full listing as soon as it can (the manual refresh).</summary>
    void RequestSync(string region);

    /// <summary>How far the region's sync has got (never synced, identities read so far, last synced at).</summary>
    Task<RegionSyncState> SyncStateAsync(string region, CancellationToken cancellationToken);

    Task<Outcome<IdentityDetails>> GetDetailsAsync(string region, string identity, CancellationToken cancellationToken);

    /// <summary>The Retry of one section that failed: only that section's SES read, the rest of <paramref name="shown"/>
    /// kept as it is (the DNS records recomputed from what is now known).</summary>
    Task<Outcome<IdentityDetails>> RereadSectionAsync(
        string region, IdentityDetails shown, DetailSection section, CancellationToken cancellationToken);
}
