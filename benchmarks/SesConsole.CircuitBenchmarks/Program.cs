using System.Diagnostics;
using System.Globalization;
using SesConsole.CircuitBenchmarks;

// Usage (after dotnet build SesConsole.sln -c Release and dotnet tool restore):
//   dotnet run -c Release --no-build --project benchmarks/SesConsole.CircuitBenchmarks -- [pages=grid,details,audit] [operators=1,10,30] [closeWaitSeconds=200] [KEY=VALUE app settings...]
// Starts LocalEntra and the app's Release build (LocalSes embedded), seeds 100 identities, signs in operators in
// headless Chromium (one context each) on each page, measures the live heap after a forced full GC at each count,
// closes the contexts, waits and measures again. gcdumps are kept in artifacts/circuit-benchmark/.
// Idle tabs: dotnet run -c Release --no-build --project benchmarks/SesConsole.CircuitBenchmarks -- tabs [operators=50] [windowSeconds=120] [KEY=VALUE app settings...]
// (IdleTabsBenchmark: SES calls per minute of N idle grids against one, and a new operator's first rows and page turns.)
if (args.Length > 0 && args[0] == "tabs")
{
    var positional = args.Skip(1).Where(a => !a.Contains('=', StringComparison.Ordinal)).ToArray();
    return await IdleTabsBenchmark.RunAsync(
        RepositoryRoot(),
        positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 50,
        TimeSpan.FromSeconds(positional.Length > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 120),
        args.Where(a => a.Contains('=', StringComparison.Ordinal)).Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => p[1]));
}

var pages = args.Length > 0 && !args[0].Contains('=', StringComparison.Ordinal)
    ? args[0].Split(',').Select(name => BenchPage.All.Single(p => p.Name == name)).ToList()
    : [.. BenchPage.All];
var counts = args.Length > 1 ? args[1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray() : [1, 10, 30];
var closeWait = TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
var settings = args.Where(a => a.Contains('=', StringComparison.Ordinal))
    .Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

var root = RepositoryRoot();
var output = Directory.CreateDirectory(Path.Combine(root, "artifacts", "circuit-benchmark", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)));
var data = Directory.CreateTempSubdirectory("sesconsole-circuits-");
try
{
    await SeedData.SeedAsync(Path.Combine(data.FullName, "localses.db"), 100);
    await using var app = await AppUnderTest.StartAsync(root, data.FullName, settings);
    var probe = new HeapProbe(root, output.FullName);
    await using var operators = await Operators.LaunchAsync(app.Address);
    Console.WriteLine($"App PID {app.ProcessId} at {app.Address}; settings: {(settings.Count == 0 ? "defaults" : string.Join(' ', settings.Select(s => $"{s.Key}={s.Value}")))}");

    // Warm up: JIT, caches, the first sign-in; one operator visits every page, then leaves.
    foreach (var page in pages)
    {
        await operators.GrowToAsync(1, page);
        await operators.CloseAllAsync();
    }

    await Task.Delay(TimeSpan.FromSeconds(5));
    var empty = await probe.MeasureAsync(app.ProcessId, "start");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"live heap with no operator after warm-up: {Mb(empty.LiveBytes)}"));
    Console.WriteLine();
    Console.WriteLine($"| page | {string.Join(" | ", counts.Select(c => $"{c} operator{(c == 1 ? "" : "s")}"))} | per extra operator (least squares) | after closing, 5 s |");
    Console.WriteLine($"|---|{string.Concat(counts.Select(_ => "---|"))}---|---|");
    var rows = new List<string>();
    foreach (var page in pages)
    {
        var points = new List<(int Count, HeapSnapshot Heap)>();
        foreach (var count in counts)
        {
            await operators.GrowToAsync(count, page);
            await Task.Delay(TimeSpan.FromSeconds(3)); // let the last renders and JS interop settle
            points.Add((count, await probe.MeasureAsync(app.ProcessId, $"{page.Name}-{count}")));
        }

        await File.WriteAllTextAsync(Path.Combine(output.FullName, $"{page.Name}.html"), await operators.FirstPageHtmlAsync());
        await operators.CloseAllAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));
        var closed = await probe.MeasureAsync(app.ProcessId, $"{page.Name}-closed");
        var row = string.Create(CultureInfo.InvariantCulture,
            $"| {page.Name} | {string.Join(" | ", points.Select(p => Mb(p.Heap.LiveBytes)))} | **{Kb(Slope(points))}** | {Mb(closed.LiveBytes)} |");
        rows.Add(row);
        Console.WriteLine(row);
        PrintGrowth(points[0].Heap, points[^1].Heap, points[^1].Count - points[0].Count);
    }

    // Tabs whose browser is gone: no goodbye reaches the app, so their circuits wait out the retention.
    var gone = counts.Max();
    Console.WriteLine();
    await operators.GrowToAsync(gone, BenchPage.Grid, browserGone: true);
    await Task.Delay(TimeSpan.FromSeconds(3));
    var open = await probe.MeasureAsync(app.ProcessId, $"gone-{gone}-open");
    await operators.CloseAllAsync();
    var watch = Stopwatch.StartNew();
    await Task.Delay(TimeSpan.FromSeconds(5));
    var justClosed = await probe.MeasureAsync(app.ProcessId, $"gone-{gone}-closed");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{gone} operators on the grid whose browsers went without a goodbye: {Mb(open.LiveBytes)} open, {Mb(justClosed.LiveBytes)} {watch.Elapsed.TotalSeconds:F0} s after closing"));
    var remaining = closeWait - watch.Elapsed;
    if (remaining > TimeSpan.Zero)
    {
        await Task.Delay(remaining);
    }

    var after = await probe.MeasureAsync(app.ProcessId, "gone-after-retention");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"live heap {watch.Elapsed.TotalSeconds:F0} s after closing: {Mb(after.LiveBytes)} (with no operator after warm-up: {Mb(empty.LiveBytes)})"));
    Console.WriteLine($"gcdumps: {output.FullName}");
    return 0;
}
finally
{
    data.Delete(recursive: true);
}

static double Slope(List<(int Count, HeapSnapshot Heap)> points)
{
    var meanX = points.Average(p => (double)p.Count);
    var meanY = points.Average(p => (double)p.Heap.LiveBytes);
    var numerator = points.Sum(p => (p.Count - meanX) * (p.Heap.LiveBytes - meanY));
    var denominator = points.Sum(p => (p.Count - meanX) * (p.Count - meanX));
    return denominator == 0 ? 0 : numerator / denominator;
}

// The types that grew most between the first and the last count, per extra operator: where a circuit's memory goes.
static void PrintGrowth(HeapSnapshot first, HeapSnapshot last, int extraOperators)
{
    if (extraOperators <= 0)
    {
        return;
    }

    var before = first.Types.GroupBy(t => t.Type).ToDictionary(g => g.Key, g => (Bytes: g.Sum(t => t.Bytes), Count: g.Sum(t => t.Count)));
    var growth = last.Types.GroupBy(t => t.Type)
        .Select(g => (Type: g.Key, Bytes: g.Sum(t => t.Bytes) - before.GetValueOrDefault(g.Key).Bytes, Count: g.Sum(t => t.Count) - before.GetValueOrDefault(g.Key).Count))
        .OrderByDescending(g => g.Bytes).Take(15);
    foreach (var (type, bytes, count) in growth)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {bytes / (double)extraOperators / 1024,8:F1} KB {count / (double)extraOperators,8:F1} objects per operator  {type}"));
    }
}

static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:F1} MB");

static string Kb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:F0} KB");

static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "SesConsole.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository: SesConsole.sln was not found above the benchmark.");
}
