using SesConsole.Core.Index;

namespace SesConsole.Web.Index;

public static class IndexServiceCollectionExtensions
{
    /// <summary>The identity index in the console's database and its sync as a background service. Call after
    /// <c>AddSesConsoleData</c>, so the database is migrated before the sync starts.</summary>
    public static IServiceCollection AddSesConsoleIndex(this IServiceCollection services)
    {
        services.AddSingleton<IIdentityIndex, EfIdentityIndex>();
        services.AddHostedService<IndexSyncService>();
        return services;
    }
}
