namespace SesConsole.LocalSes.Knobs;

/// <summary>SES's one request per second per operation and region, measured on the server's clock.</summary>
internal sealed class SesRateLimiter(TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, DateTimeOffset> _lastAllowed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public bool TryAcquire(string region, string action)
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
