using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Operators;

namespace SesConsole.Web.Audit;

public static class AuditServiceCollectionExtensions
{
    public const string ConnectionStringName = "Audit";

    /// <summary>The audit trail in SQLite by default; <c>ConnectionStrings:Audit</c> chooses the file.</summary>
    public static IServiceCollection AddSesConsoleAudit(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Configuration value 'ConnectionStrings:{ConnectionStringName}' is missing; the audit trail needs a database.");
        }

        services.AddDbContextFactory<AuditDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton<IAuditTrail, EfAuditTrail>();
        services.AddSingleton<IAuditQuery, EfAuditQuery>();
        services.AddHostedService<AuditDatabaseInitializer>();
        return services;
    }
}
