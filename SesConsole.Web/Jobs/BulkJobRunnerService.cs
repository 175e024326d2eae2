using Microsoft.Extensions.Options;
using SesConsole.Core.Jobs;

namespace SesConsole.Web.Jobs;

/// <summary>Hosts the bulk-job runner for the life of the app. Registered after the database initializer, so the
/// tables exist.</summary>
public sealed class BulkJobRunnerService(BulkJobRunner runner, IOptions<BulkJobOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.RunnerEnabled ? Task.Run(() => runner.RunAsync(stoppingToken), CancellationToken.None) : Task.CompletedTask;
}
