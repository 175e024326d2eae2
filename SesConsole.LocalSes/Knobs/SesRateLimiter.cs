namespace SesConsole.LocalSes.Knobs;

/// <summary>SES's one request per second per operation and region, measured on the server's clock, while the knob
/// <see cref="LocalSesKnobs.EnforceSesRateLimit"/> is on; each refusal is counted in the knobs.</summary>
internal sealed class SesRateLimiter(TimeProvider time, LocalSesKnobs knobs)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, DateTimeOffset> _lastAllowed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>True when the request may be answered; false when SES would answer it with Throttling.</summary>
    public bool Admits(string region, string action)
    {
        if (!knobs.EnforceSesRateLimit || TryAcquire(region, action))
        {
            return true;
        }

        knobs.CountThrottling();
        return false;
    }

    private bool TryAcquire(string region, string action)
    {
        var now = time.GetUtcNow();
        var key = region + "|" + action;
        lock (_gate)
        {
            if (_lastAllowed.TryGetValue(key, out var last) && now - last < Interval)
            {
                return false;
            }

            _lastAllowed[key] = now;
            return true;
        }
    }
}
