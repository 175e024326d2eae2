using System.Globalization;

namespace SesConsole.Benchmarks;

/// <summary>What one grid query cost at LocalSes, and what it answered.</summary>
internal sealed record Measurement(
    string Name, long List, long Status, long All, TimeSpan Elapsed, int Rows, int Total, bool TotalIsExact)
{
    /// <summary>Exactly the minimum list and status calls, and no other SES call (no retry, no extra operation).</summary>
    public bool IsAt(int listMinimum, int statusMinimum) =>
        List == listMinimum && Status == statusMinimum && All == listMinimum + statusMinimum;

    public string Row(int listMinimum, int statusMinimum) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Name} | {List} | {Status} | {All} | {listMinimum} + {statusMinimum} = {listMinimum + statusMinimum} | {Elapsed.TotalSeconds:F2} s |");
}
