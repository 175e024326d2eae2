using SesConsole.Core.Ses.Pacing;
using SesConsole.Web.Data;

namespace SesConsole.Web.Pacing;

public static class PacingServiceCollectionExtensions
{
    public const string SharedPacingKey = "Ses:SharedPacing";

    /// <summary>
    /// SES's per-operation rate shared through the console's database by every instance on it, when
    /// <c>Ses:SharedPacing</c> says so; unset, it is on for PostgreSQL (several instances) and off for SQLite (one
    /// instance, whose in-memory pacer is enough). Call after <c>AddSesConsoleData</c>.
    /// </summary>
    public static IServiceCollection AddSesConsoleSharedPacing(this IServiceCollection services, IConfiguration configuration)
    {
        if (SharedPacingEnabled(configuration))
        {
            services.AddSingleton<ISharedSesRate, DatabaseSharedSesRate>();
        }

        return services;
    }

    public static bool SharedPacingEnabled(IConfiguration configuration)
    {
        var configured = configuration[SharedPacingKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DataServiceCollectionExtensions.Provider(configuration) == DatabaseProvider.Postgres;
        }

        return bool.TryParse(configured.Trim(), out var enabled)
            ? enabled
            : throw new InvalidOperationException($"Configuration value '{SharedPacingKey}' is '{configured}'; use true or false.");
    }
}
