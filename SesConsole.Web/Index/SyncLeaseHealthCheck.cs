using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SesConsole.Core.Index;
using SesConsole.Web.Data;

namespace SesConsole.Web.Index;

/// <summary>
/// Part of readiness that never fails it: which regions' index sync lease this instance holds now (its data is the
/// region names mapped to true or false), so an operator or an orchestrator sees which instance syncs. A database
/// that does not answer is the database check's to report; this one then says it could not tell.
/// </summary>
public sealed class SyncLeaseHealthCheck(
    IDbContextFactory<SesConsoleDbContext> contexts, IdentityIndexSync sync, TimeProvider time) : IHealthCheck
{
    public const string Name = "syncLease";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var now = time.GetUtcNow().UtcTicks;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = await db.IndexSyncRegions.AsNoTracking()
                .Select(r => new { r.Region, r.LeaseHolder, r.LeaseExpiresAt })
                .ToListAsync(cancellationToken);
            var held = rows.ToDictionary(
                r => r.Region, r => (object)(r.LeaseHolder == sync.Holder && r.LeaseExpiresAt > now), StringComparer.Ordinal);
            var holds = held.Where(h => (bool)h.Value).Select(h => h.Key).ToArray();
            return HealthCheckResult.Healthy(
                holds.Length == 0 ? "This instance holds no sync lease." : $"This instance syncs {string.Join(", ", holds)}.", held);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Healthy("Whether this instance holds a sync lease is not known: the database does not answer.");
        }
    }
}
