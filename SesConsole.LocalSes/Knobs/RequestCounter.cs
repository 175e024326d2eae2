using System.Collections.Concurrent;

namespace SesConsole.LocalSes.Knobs;

/// <summary>How many SES requests arrived per Action (refused ones included), for benchmarks and call-count tests.</summary>
internal sealed class RequestCounter
{
    public const string NoAction = "(none)";
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public void Add(string? action) => _counts.AddOrUpdate(string.IsNullOrEmpty(action) ? NoAction : action, 1, (_, n) => n + 1);

    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts, StringComparer.Ordinal);

    public void Reset() => _counts.Clear();
}
