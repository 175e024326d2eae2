using System.Collections.Concurrent;

namespace SesConsole.Core.Ses.Pacing;

/// <summary>
/// Paces requests per key (region + operation) so that SES never sees two of them closer than the interval:
/// each key has at most one request in flight, and the next may start no sooner than one interval after the
/// previous one completed. SES stamps a request before it answers it, and the next request cannot arrive before
/// it is sent, so arrivals at SES are at least one interval apart however much the network or the machine delays.
/// </summary>
internal sealed class SesRequestPacer
{
    private static readonly TimeSpan TimerTick = TimeSpan.FromMilliseconds(5);

    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _interval;
    private readonly ConcurrentDictionary<string, SesPacingLane> _lanes = new(StringComparer.Ordinal);

    /// <param name="requestsPerSecond">Requests per second allowed per key; must be positive.</param>
    public SesRequestPacer(double requestsPerSecond, TimeProvider timeProvider)
    {
        if (!double.IsFinite(requestsPerSecond) || requestsPerSecond <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), requestsPerSecond, "The request rate must be a positive number.");
        }

        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _interval = TimeSpan.FromSeconds(1 / requestsPerSecond);
    }

    /// <summary>
    /// Completes when the caller may send its request for <paramref name="key"/>; callers of one key are served in
    /// arrival order. Dispose the turn when the request has completed (answered, failed or abandoned).
    /// </summary>
    public async Task<IDisposable> WaitForTurnAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();

        var lane = _lanes.GetOrAdd(key, _ => new SesPacingLane(_timeProvider));
        await lane.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WaitForIntervalAsync(lane, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Nothing was sent, so the previous completion still governs the next caller.
            lane.Gate.Release();
            throw;
        }

        return new SesPacingTurn(lane);
    }

    private async Task WaitForIntervalAsync(SesPacingLane lane, CancellationToken cancellationToken)
    {
        if (lane.LastCompletion is not { } completed)
        {
            return;
        }

        // Timers tick on a coarser clock than timestamps (a few milliseconds on Linux): they may fire a little early,
        // so check again after each wait, and yield instead of arming a timer for the last fraction of a tick, which
        // would otherwise cost high rates (such as seeding a local endpoint) several times the interval.
        TimeSpan remaining;
        while ((remaining = _interval - _timeProvider.GetElapsedTime(completed)) > TimeSpan.Zero)
        {
            if (remaining < TimerTick)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
            }
            else
            {
                await Task.Delay(remaining, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
