using System.Collections.Concurrent;

namespace SesConsole.Core.Ses.Pacing;

/// <summary>
/// Paces requests per key (region + operation) so that SES never sees two of them closer than the interval:
/// each key has at most one request in flight, and the next may start no sooner than one interval after the
/// previous one completed. SES stamps a request before it answers it, and the next request cannot arrive before
/// it is sent, so arrivals at SES are at least one interval apart however much the network or the machine delays.
/// Background calls (<see cref="SesCallLane"/>) keep all of this and two rules more: an operator's request waiting
/// for the key goes before the next background one, and background requests of a key start at most at the background
/// share of the rate (one per interval / share, counted from the previous background completion).
/// </summary>
internal sealed class SesRequestPacer
{
    private static readonly TimeSpan TimerTick = TimeSpan.FromMilliseconds(5);

    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _interval;
    private readonly TimeSpan _backgroundInterval;
    private readonly ConcurrentDictionary<string, SesPacingLane> _lanes = new(StringComparer.Ordinal);

    /// <param name="requestsPerSecond">Requests per second allowed per key; must be positive.</param>
    /// <param name="backgroundShare">The most of that rate background calls may use, above 0 and at most 1.</param>
    public SesRequestPacer(double requestsPerSecond, TimeProvider timeProvider, double backgroundShare = 1)
    {
        if (!double.IsFinite(backgroundShare) || backgroundShare <= 0 || backgroundShare > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(backgroundShare), backgroundShare, "The background share must be above 0 and at most 1.");
        }

        if (!double.IsFinite(requestsPerSecond) || requestsPerSecond <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), requestsPerSecond, "The request rate must be a positive number.");
        }

        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _interval = TimeSpan.FromSeconds(1 / requestsPerSecond);
        _backgroundInterval = TimeSpan.FromSeconds(1 / (requestsPerSecond * backgroundShare));
    }

    /// <summary>
    /// Completes when the caller may send its request for <paramref name="key"/>; callers of one key are served in
    /// arrival order (operators before background calls). Dispose the turn when the request has completed (answered,
    /// failed or abandoned).
    /// </summary>
    public async Task<IDisposable> WaitForTurnAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();

        var lane = _lanes.GetOrAdd(key, _ => new SesPacingLane(_timeProvider));
        return SesCallLane.IsBackground
            ? await WaitForBackgroundTurnAsync(lane, cancellationToken).ConfigureAwait(false)
            : await WaitForOperatorTurnAsync(lane, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IDisposable> WaitForOperatorTurnAsync(SesPacingLane lane, CancellationToken cancellationToken)
    {
        lane.OperatorArrived();
        try
        {
            await lane.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lane.OperatorServed();
        }

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

        return new SesPacingTurn(lane, background: false);
    }

    private async Task<IDisposable> WaitForBackgroundTurnAsync(SesPacingLane lane, CancellationToken cancellationToken)
    {
        await lane.BackgroundGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                await WaitSinceAsync(lane.LastBackgroundCompletion, _backgroundInterval, cancellationToken).ConfigureAwait(false);
                await lane.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    if (!lane.OperatorsWaiting)
                    {
                        await WaitForIntervalAsync(lane, cancellationToken).ConfigureAwait(false);
                    }
                }
                catch
                {
                    lane.Gate.Release();
                    throw;
                }

                // An operator who arrived before or during the interval goes first: hand the key over unused (the
                // previous completion still governs) and queue again behind them.
                if (!lane.OperatorsWaiting)
                {
                    return new SesPacingTurn(lane, background: true);
                }

                lane.Gate.Release();
                await Task.Yield();
            }
        }
        catch
        {
            lane.BackgroundGate.Release();
            throw;
        }
    }

    private Task WaitForIntervalAsync(SesPacingLane lane, CancellationToken cancellationToken) =>
        WaitSinceAsync(lane.LastCompletion, _interval, cancellationToken);

    private async Task WaitSinceAsync(long? since, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (since is not { } completed)
        {
            return;
        }

        // Timers tick on a coarser clock than timestamps (a few milliseconds on Linux): they may fire a little early,
        // so check again after each wait, and yield instead of arming a timer for the last fraction of a tick, which
        // would otherwise cost high rates (such as seeding a local endpoint) several times the interval.
        TimeSpan remaining;
        while ((remaining = interval - _timeProvider.GetElapsedTime(completed)) > TimeSpan.Zero)
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
