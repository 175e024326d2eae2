using SesConsole.Core.Index;
using SesConsole.Web.Data;
using SesConsole.Web.State;

namespace SesConsole.Web.Index;

public static class IndexChangeRelayServiceCollectionExtensions
{
    /// <summary>On PostgreSQL (several instances on one database), the index's changes travel between instances
    /// (<see cref="IndexChangeRelay"/>); on SQLite (one instance) the in-process event is all there is. Call after
    /// <c>AddSesConsoleIndex</c>.</summary>
    public static IServiceCollection AddSesConsoleIndexRelay(this IServiceCollection services, IConfiguration configuration)
    {
        if (DataServiceCollectionExtensions.Provider(configuration) == DatabaseProvider.Postgres)
        {
            var connectionString = configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName)!;
            services.AddHostedService(sp => new IndexChangeRelay(
                connectionString,
                sp.GetRequiredService<IIdentityIndex>(),
                sp.GetRequiredService<IndexChangeNotifier>(),
                sp.GetRequiredService<ILogger<IndexChangeRelay>>()));
        }

        return services;
    }
}
