using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SesConsole.CircuitBenchmarks;

/// <summary>
/// The app's live managed heap: <c>dotnet-gcdump collect</c> (the repository's local tool) makes the runtime run a
/// full blocking GC and walk what survived; <c>report</c> sums it by type.
/// </summary>
internal sealed partial class HeapProbe(string root, string outputFolder)
{
    private int _count;

    /// <summary>Collects a gcdump of <paramref name="processId"/>, keeps it as <c>{label}.gcdump</c>, returns its live bytes.</summary>
    public async Task<HeapSnapshot> MeasureAsync(int processId, string label)
    {
        var file = Path.Combine(outputFolder, string.Create(CultureInfo.InvariantCulture, $"{++_count:D2}-{label}.gcdump"));
        await RunToolAsync(["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", file]);
        var report = await RunToolAsync(["report", file]);
        long? total = null;
        var types = new List<(string Type, long Bytes, long Count)>();
        foreach (var line in report.Split('\n'))
        {
            if (TotalLine().Match(line) is { Success: true } totalMatch)
            {
                total = ParseLong(totalMatch.Groups[1].Value);
            }
            else if (ReportLine().Match(line) is { Success: true } match)
            {
                // The report gives one object's size (the largest, for the "Bytes > 10K" groups) and the count.
                var size = ParseLong(match.Groups[1].Value);
                var count = ParseLong(match.Groups[2].Value);
                types.Add((match.Groups[3].Value.Trim(), size * count, count));
            }
        }

        if (total is null || types.Count == 0)
        {
            throw new InvalidOperationException($"dotnet-gcdump report printed no heap total or no types:\n{report}");
        }

        return new HeapSnapshot(label, file, total.Value, types);
    }

    private static long ParseLong(string text) => long.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private async Task<string> RunToolAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet", ["tool", "run", "dotnet-gcdump", .. arguments])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet-gcdump did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet-gcdump failed ({process.ExitCode}); run 'dotnet tool restore': {await output} {await errors}");
        }

        return await output;
    }

    // "     28,175,110  GC Heap bytes"
    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes\s*$")]
    private static partial Regex TotalLine();

    // "        262,168        16  System.Byte[] (Bytes > 100K)  [System.Private.CoreLib.dll]": size, count, type.
    [GeneratedRegex(@"^\s*([\d,]+)\s+([\d,]+)\s+(\S.*)$")]
    private static partial Regex ReportLine();
}

internal sealed record HeapSnapshot(string Label, string File, long LiveBytes, IReadOnlyList<(string Type, long Bytes, long Count)> Types);
