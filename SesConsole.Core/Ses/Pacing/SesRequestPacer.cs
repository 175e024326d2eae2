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
/// With an <see cref="ISharedSesRate"/> (several app instances on one database), each request also takes the key's
/// shared slot right before it is sent, so the instances together keep to the rate.
/// </summary>
internal sealed class SesRequestPacer
{
    private static readonly TimeSpan TimerTick = TimeSpan.FromMilliseconds(5);

    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _interval;
    private readonly TimeSpan _backgroundInterval;
    private readonly ConcurrentDictionary<string, SesPacingLane> _lanes = new(StringComparer.Ordinal);
    private readonly ISharedSesRate? _shared;

    /// <param name="requestsPerSecond">Requests per second allowed per key; must be positive.</param>
    /// <param name="backgroundShare">The most of that rate background calls may use, above 0 and at most 1.</param>
    /// <param name="shared">The rate shared with other app instances, or null when this instance is alone.</param>
    public SesRequestPacer(double requestsPerSecond, TimeProvider timeProvider, double backgroundShare = 1, ISharedSesRate? shared = null)
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
        _shared = shared;
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
            ? await WaitForBackgroundTurnAsync(key, lane, cancellationToken).ConfigureAwait(false)
            : await WaitForOperatorTurnAsync(key, lane, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IDisposable> WaitForOperatorTurnAsync(string key, SesPacingLane lane, CancellationToken cancellationToken)
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
            SharedRateClaim claim;
            while (!(claim = await ClaimSharedAsync(key, background: false, cancellationToken).ConfigureAwait(false)).Taken)
            {
                await Task.Delay(claim.Wait, _timeProvider, cancellationToken).ConfigureAwait(false);
            }

            return new SesPacingTurn(lane, background: false, SharedRelease(key, claim));
        }
        catch
        {
            // Nothing was sent, so the previous completion still governs the next caller.
            lane.Gate.Release();
            throw;
        }
    }

    private async Task<IDisposable> WaitForBackgroundTurnAsync(string key, SesPacingLane lane, CancellationToken cancellationToken)
    {
        await lane.BackgroundGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                await WaitSinceAsync(lane.LastBackgroundCompletion, _backgroundInterval, cancellationToken).ConfigureAwait(false);
                await lane.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                SharedRateClaim? claim = null;
                try
                {
                    if (!lane.OperatorsWaiting)
                    {
                        await WaitForIntervalAsync(lane, cancellationToken).ConfigureAwait(false);
                        // An operator who arrived before or during the interval goes first (checked again below).
                        if (!lane.OperatorsWaiting)
                        {
                            claim = await ClaimSharedAsync(key, background: true, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
                catch
                {
                    lane.Gate.Release();
                    throw;
                }

                if (claim is { Taken: true } taken)
                {
                    return new SesPacingTurn(lane, background: true, SharedRelease(key, taken));
                }

                // Hand the key over unused (the previous completion still governs) and queue again behind the
                // operator, or, when another instance holds the shared slot, wait for it without holding the key.
                lane.Gate.Release();
                if (claim is { } refused)
                {
                    await Task.Delay(refused.Wait, _timeProvider, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await Task.Yield();
                }
            }
        }
        catch
        {
            lane.BackgroundGate.Release();
            throw;
        }
    }

    /// <summary>Taken when this instance is alone or took the shared key; else how long until it may be free.</summary>
    private Task<SharedRateClaim> ClaimSharedAsync(string key, bool background, CancellationToken cancellationToken) =>
        _shared is null ? Task.FromResult(SharedRateClaim.Unshared) : _shared.TryClaimAsync(key, _interval, background, cancellationToken);

    /// <summary>What the turn does when its request completed, before this instance's next caller may go.</summary>
    private Func<Task>? SharedRelease(string key, SharedRateClaim claim) =>
        _shared is { } shared && claim.Token != 0
            ? () => shared.ReleaseAsync(key, claim, _interval, CancellationToken.None)
            : null;

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
