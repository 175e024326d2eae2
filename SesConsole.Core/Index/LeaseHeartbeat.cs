namespace SesConsole.Core.Index;

/// <summary>
/// Renews a region's sync lease on its own clock while a pass runs, so one slow SES call (paced behind operators, or
/// a loaded machine) never lets the lease lapse to another instance mid-pass. When the lease is found held by another
/// instance, <see cref="Token"/> is cancelled and the pass stops.
/// </summary>
internal sealed class LeaseHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _pass;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _beating;

    private LeaseHeartbeat(Func<CancellationToken, Task<bool>> renew, TimeSpan every, TimeProvider time, CancellationToken cancellationToken)
    {
        _pass = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _beating = BeatAsync(renew, every, time);
    }

    /// <summary>Cancelled when the pass must stop: the caller's token, or the lease lost.</summary>
    public CancellationToken Token => _pass.Token;

    public bool Lost { get; private set; }

    public static LeaseHeartbeat Start(
        Func<CancellationToken, Task<bool>> renew, TimeSpan every, TimeProvider time, CancellationToken cancellationToken) =>
        new(renew, every, time, cancellationToken);

    private async Task BeatAsync(Func<CancellationToken, Task<bool>> renew, TimeSpan every, TimeProvider time)
    {
        using var timer = new PeriodicTimer(every, time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                bool held;
                try
                {
                    held = await renew(_stop.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A database hiccup is not a lost lease: the next beat, a third of a lease later, tries again before it lapses.
                    continue;
                }

                if (!held)
                {
                    Lost = true;
                    await _pass.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The pass ended.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _beating.ConfigureAwait(false);
        _stop.Dispose();
        _pass.Dispose();
    }
}
