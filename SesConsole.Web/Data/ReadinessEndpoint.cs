using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SesConsole.Web.Data;

public static class ReadinessEndpoint
{
    public const string Path = "/healthz/ready";

    /// <summary>
    /// Readiness for load balancers and orchestrators: 200 when every check tagged <c>ready</c> passes (the console
    /// database answers), 503 otherwise, with a small JSON body naming each check and, under <c>syncLease</c>, which
    /// regions' index sync this instance holds. <c>/healthz</c> stays liveness. Anonymous, like <c>/healthz</c>: it
    /// names no identity and no error detail.
    /// </summary>
    public static IEndpointConventionBuilder MapSesConsoleReadiness(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(DatabaseHealthCheck.ReadyTag),
            ResponseWriter = WriteAsync,
        }).AllowAnonymous();

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
