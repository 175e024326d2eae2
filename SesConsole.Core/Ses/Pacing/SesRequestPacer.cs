namespace SesConsole.Core.Ses.Pacing;

/// <summary>
/// Spaces requests per key (region + operation) at a fixed rate, so concurrent callers queue in the client
/// instead of provoking SES's <c>Throttling</c>. Each caller reserves the next free slot and waits for it.
/// </summary>
internal sealed class SesRequestPacer
{
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _interval;
    private readonly Dictionary<string, long> _nextSlotTicks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

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

    public TimeSpan Interval => _interval;

    /// <summary>Completes when the caller may send its request for <paramref name="key"/>.</summary>
    public async Task WaitForTurnAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();

        var (slot, delay) = Reserve(key);
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            GiveBack(key, slot);
            throw;
        }
    }

    private (long Slot, TimeSpan Delay) Reserve(string key)
    {
        var now = _timeProvider.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            var slot = _nextSlotTicks.TryGetValue(key, out var next) && next > now ? next : now;
            _nextSlotTicks[key] = slot + _interval.Ticks;
            return (slot, TimeSpan.FromTicks(slot - now));
        }
    }

    // Only the last reservation can be handed back without reordering the callers queued behind it.
    private void GiveBack(string key, long slot)
    {
        lock (_gate)
        {
            if (_nextSlotTicks.TryGetValue(key, out var next) && next == slot + _interval.Ticks)
            {
                _nextSlotTicks[key] = slot;
            }
        }
    }
}
