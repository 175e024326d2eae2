using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Identities;
using SesConsole.Core.Overview;
using SesConsole.Web.Data;

namespace SesConsole.Web.Index;

/// <summary><see cref="IIdentityOverview"/> as a few grouped counts over the index's table (its indexes cover them).</summary>
public sealed class EfIdentityOverview(IDbContextFactory<SesConsoleDbContext> contexts, Core.Identities.RegionDirectory regions) : IIdentityOverview
{
    public async Task<IReadOnlyList<RegionOverview>> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = db.IndexedIdentities.AsNoTracking().Where(i => i.RemovedAt == null);
        var counts = await live
            .GroupBy(i => new { i.Region, i.Kind, i.Status, i.DkimStatus, i.MissingFeedbackTopics })
            .Select(g => new { g.Key.Region, g.Key.Kind, g.Key.Status, g.Key.DkimStatus, g.Key.MissingFeedbackTopics, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var dayAgo = (now - OverviewAges.Day).UtcTicks;
        var threeDaysAgo = (now - OverviewAges.ThreeDays).UtcTicks;
        var pending = live.Where(i => i.Kind == (int)IdentityKind.Domain && i.Status == (int)VerificationStatus.Pending && i.StatusChangedAt < dayAgo);
        var pendingCounts = await pending
            .GroupBy(i => i.Region)
            .Select(g => new { Region = g.Key, OverDay = g.Count(), OverThreeDays = g.Count(i => i.StatusChangedAt < threeDaysAgo) })
            .ToDictionaryAsync(p => p.Region, cancellationToken);
        var overviews = new List<RegionOverview>();
        foreach (var region in regions.All)
        {
            var oldest = await pending.Where(i => i.Region == region)
                .OrderBy(i => i.StatusChangedAt)
                .Take(OverviewAges.ListedPending)
                .Select(i => new { i.Name, i.StatusChangedAt })
                .ToListAsync(cancellationToken);
            var mine = counts.Where(c => c.Region == region).ToArray();
            pendingCounts.TryGetValue(region, out var stale);
            overviews.Add(new RegionOverview(
                region,
                mine.GroupBy(c => (VerificationStatus)c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
                mine.Where(c => c.Kind == (int)IdentityKind.Domain).Sum(c => c.Count),
                mine.Where(c => c.Kind == (int)IdentityKind.Domain && c.DkimStatus == (int)VerificationStatus.Success).Sum(c => c.Count),
                mine.Where(c => c.Kind == (int)IdentityKind.Domain && c.DkimStatus == null).Sum(c => c.Count),
                oldest.Select(p => new PendingDomain(p.Name, new DateTimeOffset(p.StatusChangedAt, TimeSpan.Zero))).ToArray(),
                stale?.OverDay ?? 0,
                stale?.OverThreeDays ?? 0,
                mine.Where(c => c.MissingFeedbackTopics == true).Sum(c => c.Count)));
        }

        return overviews;
    }
}
