using Microsoft.EntityFrameworkCore;
using SesConsole.Web.Data;

namespace SesConsole.Web.Audit;

/// <summary>Writes this instance's queued audit completions into the database, oldest first, at start and every few
/// seconds; a completion stays queued until its row is updated. It holds its folder's lock while it runs.</summary>
public sealed class AuditQueueDrainer(
    IDbContextFactory<SesConsoleDbContext> contexts, AuditCompletionQueue queue, ILogger<AuditQueueDrainer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private IDisposable? _folderLock;

    /// <summary>Takes the queue folder for this instance first: a second instance configured onto it stops here.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _folderLock = queue.Lock();
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        _folderLock?.Dispose();
        _folderLock = null;
    }

    public override void Dispose()
    {
        _folderLock?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            await DrainAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Writes what it can; returns how many completions are still queued.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var pending = queue.Pending();
        for (var i = 0; i < pending.Count; i++)
        {
            try
            {
                var completion = await AuditCompletionQueue.ReadAsync(pending[i], cancellationToken);
                if (completion is not null)
                {
                    await EfAuditTrail.ApplyAsync(contexts, completion, cancellationToken);
                }

                File.Delete(pending[i]);
                logger.LogInformation("Delayed audit completion {File} written", Path.GetFileName(pending[i]));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Queued audit completions not written yet ({Count} waiting); retrying in {Interval}", pending.Count - i, Interval);
                return pending.Count - i;
            }
        }

        return 0;
    }
}
