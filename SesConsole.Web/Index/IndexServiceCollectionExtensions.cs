using SesConsole.Core.Index;
using SesConsole.Web.State;

namespace SesConsole.Web.Index;

public static class IndexServiceCollectionExtensions
{
    /// <summary>The identity index in the console's database and its sync as a background service. Call after
    /// <c>AddSesConsoleData</c>, so the database is migrated before the sync starts.</summary>
    public static IServiceCollection AddSesConsoleIndex(this IServiceCollection services)
    {
        services.AddSingleton<IIdentityIndex, EfIdentityIndex>();
        services.AddSingleton<SesConsole.Core.Overview.IIdentityOverview, EfIdentityOverview>();
        services.AddHostedService<IndexSyncService>();
        services.AddHealthChecks().AddCheck<SyncLeaseHealthCheck>(SyncLeaseHealthCheck.Name, tags: [Data.DatabaseHealthCheck.ReadyTag]);
        // One notifier per process: every circuit's grid and details page subscribes to it for live updates.
        services.AddSingleton(sp =>
        {
            var notifier = new IndexChangeNotifier(sp.GetRequiredService<ILogger<IndexChangeNotifier>>());
            notifier.Attach(sp.GetRequiredService<IIdentityIndex>());
            return notifier;
        });
        services.AddSingleton<IIndexChanges>(sp => sp.GetRequiredService<IndexChangeNotifier>());
        return services;
    }
}
