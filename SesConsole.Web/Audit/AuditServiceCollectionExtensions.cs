using SesConsole.Core.Operators;

namespace SesConsole.Web.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit trail the identity service writes to, the query the Audit page reads, and the
    /// verification start times the details page shows.</summary>
    public static IServiceCollection AddSesConsoleAudit(this IServiceCollection services)
    {
        services.AddSingleton<IAuditTrail, EfAuditTrail>();
        services.AddSingleton<IAuditQuery, EfAuditQuery>();
        services.AddSingleton<IVerificationHistory, AuditVerificationHistory>();
        return services;
    }
}
