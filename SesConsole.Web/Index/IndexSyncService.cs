using Microsoft.Extensions.Options;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;

namespace SesConsole.Web.Index;

/// <summary>Hosts the identity index's sync: one loop per configured region for the life of the app (the lease row
/// keeps it to one instance per region). Registered after the database initializer, so the tables exist.</summary>
public sealed class IndexSyncService(IdentityIndexSync sync, RegionDirectory regions, IOptions<IndexOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.SyncEnabled
            ? Task.WhenAll(regions.All.Select(region => Task.Run(() => sync.RunAsync(region, stoppingToken), CancellationToken.None)))
            : Task.CompletedTask;
}
