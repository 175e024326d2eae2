using SesConsole.Core.Operators;

namespace SesConsole.Web.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit trail the identity service writes to, and the query the Audit page reads.</summary>
    public static IServiceCollection AddSesConsoleAudit(this IServiceCollection services)
    {
        services.AddSingleton<IAuditTrail, EfAuditTrail>();
        services.AddSingleton<IAuditQuery, EfAuditQuery>();
        return services;
    }
}
