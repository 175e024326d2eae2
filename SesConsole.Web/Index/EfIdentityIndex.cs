using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Core.Ses.Listing;
using SesConsole.Web.Data;

namespace SesConsole.Web.Index;

/// <summary>
/// <see cref="IIdentityIndex"/> in the console's database (a context per call, safe from any circuit). Writes of this
/// process are serialised, so the sync and our own write-throughs never race on one row; the lease is one atomic
/// conditional update, so instances sharing the database never both hold it.
/// </summary>
public sealed class EfIdentityIndex(IDbContextFactory<SesConsoleDbContext> contexts, TimeProvider? time = null) : IIdentityIndex
{
    private readonly IDbContextFactory<SesConsoleDbContext> _contexts = contexts;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly SemaphoreSlim _writes = new(1, 1);

    public event EventHandler<IdentityIndexChanged>? Changed;

    public async Task<IndexPage> QueryAsync(string? region, IdentityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.IndexedIdentities.AsNoTracking().Where(i => i.RemovedAt == null);
        if (region is not null)
        {
            rows = rows.Where(i => i.Region == region);
        }

        var search = query.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            var folded = search.ToLowerInvariant();
            rows = rows.Where(i => i.SearchName.Contains(folded));
        }

        if (query.Kind is { } kind)
        {
            rows = rows.Where(i => i.Kind == (int)kind);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(i => i.Status == (int)status);
        }

        if (query.MissingFeedbackTopics)
        {
            rows = rows.Where(i => i.MissingFeedbackTopics == true);
        }

        if (query.PendingOver is { } age)
        {
            // Counted as the overview counts its "Pending over 24 h" tiles: the same column, the same strict "before".
            var since = (_time.GetUtcNow() - age).UtcTicks;
            rows = rows.Where(i => i.Status == (int)VerificationStatus.Pending && i.StatusChangedAt < since);
        }

        // A search's count stops at its limit (it reads names one by one); filters and whole regions count over an index.
        var limit = string.IsNullOrEmpty(search) ? (int?)null : IndexLimits.SearchCountLimit(query.PageIndex, query.PageSize);
        var total = limit is { } cap ? await rows.Take(cap).CountAsync(cancellationToken) : await rows.CountAsync(cancellationToken);
        var page = await Sort(rows, query, allRegions: region is null)
            .Skip(query.PageIndex * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new IndexPage(page.Select(ToIdentity).ToArray(), total, TotalIsExact: limit is null || total < limit);
    }

    public async Task<IReadOnlyList<IndexedIdentity>> GetAsync(
        string region, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.ToArray();
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.IndexedIdentities.AsNoTracking()
            .Where(i => i.Region == region && i.RemovedAt == null && wanted.Contains(i.Name))
            .ToListAsync(cancellationToken);
        return rows.Select(ToIdentity).ToArray();
    }

    public async Task<IReadOnlyList<string>> PendingAsync(string region, int max, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return await db.IndexedIdentities.AsNoTracking()
            .Where(i => i.Region == region && i.RemovedAt == null && i.Status == (int)VerificationStatus.Pending)
            .OrderBy(i => i.LastReadAt)
            .Take(max)
            .Select(i => i.Name)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IdentityStatusChange>> WriteAsync(
        string region, IReadOnlyCollection<IdentityObservation> identities, DateTimeOffset readAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identities);
        if (identities.Count == 0)
        {
            return [];
        }

        var changes = new List<IdentityStatusChange>();
        var touched = false;
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            var names = identities.Select(i => i.Name).ToArray();
            var existing = await db.IndexedIdentities
                .Where(i => i.Region == region && names.Contains(i.Name))
                .ToDictionaryAsync(i => i.Name, StringComparer.Ordinal, cancellationToken);
            var at = readAt.UtcTicks;
            foreach (var seen in identities)
            {
                if (!existing.TryGetValue(seen.Name, out var row))
                {
                    row = new IndexedIdentityRecord
                    {
                        Region = region,
                        Name = seen.Name,
                        SearchName = seen.Name.ToLowerInvariant(),
                        StatusChangedAt = at,
                        Status = (int)seen.Status,
                    };
                    db.IndexedIdentities.Add(row);
                    existing[seen.Name] = row;
                    changes.Add(new IdentityStatusChange(region, seen.Name, null, seen.Status, readAt));
                }
                else if (row.RemovedAt is { } removedAt && removedAt > at)
                {
                    // Removed after this read was asked for: the read is older news than the removal.
                    continue;
                }
                else if (row.RemovedAt is not null || row.Status != (int)seen.Status)
                {
                    changes.Add(new IdentityStatusChange(
                        region, seen.Name, row.RemovedAt is null ? (VerificationStatus)row.Status : null, seen.Status, readAt));
                    row.Status = (int)seen.Status;
                    row.StatusChangedAt = at;
                }

                touched = true;
                row.RemovedAt = null;
                row.Kind = (int)seen.Kind;
                row.LastReadAt = Math.Max(row.LastReadAt, at);
                row.SendingEnabled = seen.SendingEnabled ?? row.SendingEnabled;
                row.DkimStatus = seen.DkimStatus is { } dkim ? (int)dkim : row.DkimStatus;
                row.MissingFeedbackTopics = seen.MissingFeedbackTopics ?? row.MissingFeedbackTopics;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _writes.Release();
        }

        if (touched)
        {
            Changed?.Invoke(this, new IdentityIndexChanged(region, IndexChangeKind.Identities, changes));
        }

        return changes;
    }

    public async Task<int> WriteAttributesAsync(
        string region, IReadOnlyCollection<IdentityAttributes> attributes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        if (attributes.Count == 0)
        {
            return 0;
        }

        var changed = 0;
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            var names = attributes.Select(a => a.Name).ToArray();
            var rows = await db.IndexedIdentities
                .Where(i => i.Region == region && i.RemovedAt == null && names.Contains(i.Name))
                .ToDictionaryAsync(i => i.Name, StringComparer.Ordinal, cancellationToken);
            foreach (var read in attributes)
            {
                if (!rows.TryGetValue(read.Name, out var row))
                {
                    continue;
                }

                var dkim = read.DkimStatus is { } status ? (int)status : row.DkimStatus;
                var missing = read.MissingFeedbackTopics ?? row.MissingFeedbackTopics;
                if (dkim != row.DkimStatus || missing != row.MissingFeedbackTopics)
                {
                    row.DkimStatus = dkim;
                    row.MissingFeedbackTopics = missing;
                    changed++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _writes.Release();
        }

        if (changed > 0)
        {
            Changed?.Invoke(this, new IdentityIndexChanged(region, IndexChangeKind.Identities, []));
        }

        return changed;
    }

    public async Task RemoveAsync(string region, IReadOnlyCollection<string> names, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            var wanted = names.ToArray();
            var existing = await db.IndexedIdentities
                .Where(i => i.Region == region && wanted.Contains(i.Name))
                .ToDictionaryAsync(i => i.Name, StringComparer.Ordinal, cancellationToken);
            foreach (var name in wanted.Distinct(StringComparer.Ordinal))
            {
                if (existing.TryGetValue(name, out var row))
                {
                    row.RemovedAt = Math.Max(row.RemovedAt ?? 0, at.UtcTicks);
                }
                else
                {
                    // Not listed yet (a listing in progress may still bring it): a marker keeps it out.
                    db.IndexedIdentities.Add(new IndexedIdentityRecord
                    {
                        Region = region,
                        Name = name,
                        SearchName = name.ToLowerInvariant(),
                        Status = (int)VerificationStatus.NotStarted,
                        RemovedAt = at.UtcTicks,
                    });
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _writes.Release();
        }

        Changed?.Invoke(this, new IdentityIndexChanged(region, IndexChangeKind.Identities, []));
    }

    public async Task<int> RemoveUnseenAsync(string region, DateTimeOffset passStartedAt, CancellationToken cancellationToken)
    {
        var started = passStartedAt.UtcTicks;
        int removed;
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            removed = await db.IndexedIdentities
                .Where(i => i.Region == region && i.LastReadAt < started && i.RemovedAt == null)
                .ExecuteDeleteAsync(cancellationToken);
            // Removal markers older than the pass have done their job: the pass did not list those names.
            await db.IndexedIdentities
                .Where(i => i.Region == region && i.RemovedAt != null && i.RemovedAt < started)
                .ExecuteDeleteAsync(cancellationToken);
        }
        finally
        {
            _writes.Release();
        }

        if (removed > 0)
        {
            Changed?.Invoke(this, new IdentityIndexChanged(region, IndexChangeKind.Identities, []));
        }

        return removed;
    }

    public async Task<IReadOnlyList<RegionSyncState>> SyncStatesAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.IndexSyncRegions.AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(r => new RegionSyncState(
            r.Region,
            Time(r.LastFullSyncAt),
            Time(r.PassStartedAt),
            r.IdentitiesRead,
            Time(r.LastPendingSyncAt),
            Enum.TryParse<ListingApi>(r.Api, out var api) ? api : null,
            r.LastError)).ToArray();
    }

    public async Task SaveSyncStateAsync(RegionSyncState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var lastFull = state.LastFullSyncAt?.UtcTicks;
        var passStarted = state.PassStartedAt?.UtcTicks;
        var lastPending = state.LastPendingSyncAt?.UtcTicks;
        var api = state.Api?.ToString();
        var error = Truncate(state.LastError);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.IndexSyncRegions
            .Where(r => r.Region == state.Region)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.LastFullSyncAt, lastFull)
                    .SetProperty(r => r.PassStartedAt, passStarted)
                    .SetProperty(r => r.IdentitiesRead, state.IdentitiesRead)
                    .SetProperty(r => r.LastPendingSyncAt, lastPending)
                    .SetProperty(r => r.Api, api)
                    .SetProperty(r => r.LastError, error),
                cancellationToken);
        if (updated == 0)
        {
            db.IndexSyncRegions.Add(new IndexSyncRegionRecord
            {
                Region = state.Region,
                LastFullSyncAt = lastFull,
                PassStartedAt = passStarted,
                IdentitiesRead = state.IdentitiesRead,
                LastPendingSyncAt = lastPending,
                Api = api,
                LastError = error,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        Changed?.Invoke(this, new IdentityIndexChanged(state.Region, IndexChangeKind.SyncState, []));
    }

    public async Task<bool> TryTakeLeaseAsync(
        string region, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        var nowTicks = now.UtcTicks;
        var until = (now + duration).UtcTicks;
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        // One statement: it holds the row for whoever matches; a second instance's update then finds the new holder.
        var taken = await db.IndexSyncRegions
            .Where(r => r.Region == region && (r.LeaseHolder == holder || r.LeaseHolder == null || r.LeaseExpiresAt < nowTicks))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseHolder, holder).SetProperty(r => r.LeaseExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.IndexSyncRegions.AnyAsync(r => r.Region == region, cancellationToken))
        {
            return false;
        }

        db.IndexSyncRegions.Add(new IndexSyncRegionRecord { Region = region, LeaseHolder = holder, LeaseExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the row first: it holds the lease.
            return false;
        }
    }

    public async Task ReleaseLeaseAsync(string region, string holder, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await db.IndexSyncRegions
            .Where(r => r.Region == region && r.LeaseHolder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseHolder, (string?)null).SetProperty(r => r.LeaseExpiresAt, 0L), cancellationToken);
    }

    /// <summary>The grid's orders, each ending with the exact name (and, across regions, the region) so paging is
    /// stable. Within one region the region is fixed, so the sort can walk an index instead of sorting rows.</summary>
    private static IQueryable<IndexedIdentityRecord> Sort(IQueryable<IndexedIdentityRecord> rows, IdentityQuery query, bool allRegions)
    {
        var sorted = (query.SortBy, query.Descending) switch
        {
            (IdentitySortField.Status, false) => rows.OrderBy(i => i.Status).ThenBy(i => i.SearchName).ThenBy(i => i.Name),
            (IdentitySortField.Status, true) => rows.OrderByDescending(i => i.Status).ThenBy(i => i.SearchName).ThenBy(i => i.Name),
            (IdentitySortField.Name, true) => rows.OrderByDescending(i => i.SearchName).ThenByDescending(i => i.Name),
            _ => rows.OrderBy(i => i.SearchName).ThenBy(i => i.Name),
        };
        return allRegions ? sorted.ThenBy(i => i.Region) : sorted;
    }

    private static IndexedIdentity ToIdentity(IndexedIdentityRecord row) => new(
        row.Region,
        row.Name,
        (IdentityKind)row.Kind,
        (VerificationStatus)row.Status,
        row.DkimStatus is { } dkim ? (VerificationStatus)dkim : null,
        row.SendingEnabled,
        new DateTimeOffset(row.LastReadAt, TimeSpan.Zero),
        new DateTimeOffset(row.StatusChangedAt, TimeSpan.Zero),
        row.MissingFeedbackTopics);

    private static DateTimeOffset? Time(long? ticks) => ticks is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    private static string? Truncate(string? text) => text is { Length: > 1024 } ? text[..1024] : text;
}
