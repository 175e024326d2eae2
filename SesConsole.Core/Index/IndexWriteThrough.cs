using Microsoft.Extensions.Logging;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Index;

/// <summary>
/// Our own changes and reads, written to the index at once (a new identity shows Pending, a deleted one goes). SES has
/// already done the change when this runs, so a failure to write is logged, not reported as a failed change: the
/// sync's next pass corrects the index. The write is not canceled with the operator's call (like the audit row).
/// </summary>
public sealed partial class IndexWriteThrough(IIdentityIndex index, TimeProvider time, ILogger<IndexWriteThrough> logger)
{
    private readonly IIdentityIndex _index = index;
    private readonly TimeProvider _time = time;
    private readonly ILogger<IndexWriteThrough> _logger = logger;

    public Task VerificationStartedAsync(string region, string name, IdentityKind kind) =>
        WriteAsync(region, name, () => _index.WriteAsync(
            region, [new IdentityObservation(name, kind, VerificationStatus.Pending)], _time.GetUtcNow(), CancellationToken.None));

    public Task DeletedAsync(string region, string name) =>
        WriteAsync(region, name, () => _index.RemoveAsync(region, [name], _time.GetUtcNow(), CancellationToken.None));

    /// <summary>A status SES gave us for one identity (the details page's read).</summary>
    public Task StatusReadAsync(string region, string name, IdentityKind kind, VerificationStatus status, VerificationStatus? dkimStatus) =>
        WriteAsync(region, name, () => _index.WriteAsync(
            region, [new IdentityObservation(name, kind, status, DkimStatus: dkimStatus)], _time.GetUtcNow(), CancellationToken.None));

    private async Task WriteAsync(string region, string name, Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogWriteFailed(ex, region, name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The identity index could not record {Identity} in {Region}; the next sync will")]
    private partial void LogWriteFailed(Exception ex, string region, string identity);
}
