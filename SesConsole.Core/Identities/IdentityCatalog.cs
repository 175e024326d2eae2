using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SesConsole.Core.Identities.Names;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>
/// The identity list shared by every operator (a singleton): per region, the names SES listed and their statuses,
/// fetched as sparingly as SES's one-call-per-second limit demands. Read operations only; SES errors surface as
/// <see cref="SesCallException"/> for the calling service to explain.
/// </summary>
public sealed class IdentityCatalog(
    ISesClientFactory clients,
    TimeProvider time,
    IOptions<IdentityCatalogOptions> options,
    ILogger<IdentityCatalog> logger)
{
    private readonly ConcurrentDictionary<string, RegionCache> _regions = new(StringComparer.Ordinal);
    private readonly IdentityCatalogOptions _settings = options.Value;

    /// <summary>Forgets everything cached for <paramref name="region"/>; a listing in flight finishes into the old
    /// cache, which nobody reads any more.</summary>
    public void Invalidate(string region)
    {
        _regions.TryRemove(region, out _);
        logger.LogInformation("Identity cache of {Region} cleared", region);
    }

    internal async Task<IdentityPage> ListAsync(string region, IdentityQuery query, CancellationToken cancellationToken)
    {
        var cache = For(region);
        var client = clients.ForRegion(region);
        // Freshness is judged as of the start of this call: statuses fetched while it runs (all of them, for a status
        // filter or sort, which at 1 call/s takes longer than they stay fresh) are good enough for its own page.
        var asOf = time.GetUtcNow();
        await cache.EnsureNamesAsync(client, IdentityPageBuilder.NamesNeeded(query), cancellationToken).ConfigureAwait(false);
        var snapshot = cache.Snapshot();
        if (IdentityPageBuilder.NeedsAllStatuses(query))
        {
            await cache.EnsureStatusesAsync(client, snapshot.Names.ToArray(), asOf, _settings.StatusesFreshFor, cancellationToken)
                .ConfigureAwait(false);
        }

        var rows = IdentityPageBuilder.Select(snapshot.Names, query, cache.StatusOf);
        var page = IdentityPageBuilder.Page(rows, query);
        await cache.EnsureStatusesAsync(client, page, asOf, _settings.StatusesFreshFor, cancellationToken)
            .ConfigureAwait(false);

        var items = page
            .Select(name => new IdentitySummary(name, IdentityName.KindOf(name), cache.StatusOf(name) ?? VerificationStatus.NotStarted))
            .ToArray();
        return new IdentityPage(items, rows.Count, snapshot.Complete);
    }

    internal Task<IReadOnlyDictionary<string, VerificationStatus>> RefreshStatusesAsync(
        string region, IReadOnlyList<string> identities, CancellationToken cancellationToken) =>
        For(region).FetchStatusesAsync(clients.ForRegion(region), identities, time.GetUtcNow(), cancellationToken);

    internal void NoteVerificationStarted(string region, string name) =>
        For(region).NoteVerificationStarted(name, time.GetUtcNow());

    internal void NoteStatus(string region, string name, VerificationStatus status) =>
        For(region).NoteStatus(name, status, time.GetUtcNow());

    internal void NoteDeleted(string region, string name) => For(region).NoteDeleted(name);

    /// <summary>What SES said of exactly this name within <see cref="IdentityCatalogOptions.StatusesFreshFor"/>, or null.</summary>
    internal VerificationStatus? FreshStatusOf(string region, string name) =>
        For(region).FreshStatusOf(name, time.GetUtcNow(), _settings.StatusesFreshFor);

    private RegionCache For(string region)
    {
        var now = time.GetUtcNow();
        while (true)
        {
            var cache = _regions.GetOrAdd(region, _ => new RegionCache(now));
            if (now - cache.CreatedAt < _settings.NamesFreshFor)
            {
                return cache;
            }

            if (_regions.TryUpdate(region, new RegionCache(now), cache))
            {
                logger.LogDebug("Identity cache of {Region} expired; listing again", region);
            }
        }
    }
}
