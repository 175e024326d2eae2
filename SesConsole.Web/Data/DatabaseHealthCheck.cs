using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SesConsole.Web.Data;

/// <summary>Readiness: the console's database answers. An instance that cannot write audit rows must not take traffic.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<SesConsoleDbContext> contexts) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName} answers.")
                : HealthCheckResult.Unhealthy("The console database does not answer.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The console database does not answer.", ex);
        }
    }
}
