using SesConsole.Core.Operators;

namespace SesConsole.Web.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit trail the identity service writes to, the query the Audit page reads, and the
    /// verification start times the details page shows; audit completions the database refused wait in this
    /// instance's queue folder (<see cref="AuditQueueFolder"/>).</summary>
    public static IServiceCollection AddSesConsoleAudit(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(new AuditCompletionQueue(AuditQueueFolder.For(configuration, environment)));
        services.AddSingleton<AuditQueueDrainer>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditQueueDrainer>());
        services.AddSingleton<IAuditTrail, EfAuditTrail>();
        services.AddSingleton<IAuditQuery, EfAuditQuery>();
        services.AddSingleton<IVerificationHistory, AuditVerificationHistory>();
        return services;
    }
}
