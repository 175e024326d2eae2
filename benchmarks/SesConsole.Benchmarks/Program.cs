using System.Globalization;
using SesConsole.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/SesConsole.Benchmarks -- [identities=10000] [latencyMs=50] [rate=1]
// rate is the client's requests per second per operation (SES allows 1); 0 means the options' maximum, 1000.
// At rate 1 or less LocalSes also enforces SES's own limit (1 request/s per operation), so a pacing slip would
// show up as a Throttling answer, a retry and an extra counted call.
var identityCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var latencyMs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var rate = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 1;
var clientRate = rate > 0 ? rate : GridBenchmark.MaxRate;

var folder = Directory.CreateTempSubdirectory("sesconsole-bench-");
try
{
    await using var benchmark = await GridBenchmark.StartAsync(Path.Combine(folder.FullName, "bench.db"));
    Console.WriteLine($"Seeding {identityCount:N0} identities into LocalSes...");
    var seeding = await benchmark.SeedAsync(identityCount);
    benchmark.SetConditions(TimeSpan.FromMilliseconds(latencyMs), enforceSesRateLimit: clientRate <= 1);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Seeded in {seeding.TotalSeconds:F1} s. Added latency {latencyMs} ms, client rate {clientRate}/s per operation, LocalSes enforcing SES's 1/s limit: {clientRate <= 1}."));

    var listMinimum = (identityCount + 999) / 1000;
    var statusMinimum = (identityCount + 99) / 100;
    await using var core = benchmark.CreateCore(clientRate);
    var firstPage = await benchmark.MeasureAsync(core, "(a) first grid page, 25 rows", new(PageSize: 25));
    var allStatuses = await benchmark.MeasureAsync(
        core, "(b) statuses of all identities", new(PageSize: 25, SortBy: SesConsole.Core.Identities.IdentitySortField.Status));

    Console.WriteLine();
    Console.WriteLine("| measurement | ListIdentities calls | GetIdentityVerificationAttributes calls | all SES calls | minimum (list + status) | wall time |");
    Console.WriteLine("|---|---|---|---|---|---|");
    Console.WriteLine(firstPage.Row(1, 1));
    Console.WriteLine(allStatuses.Row(listMinimum, statusMinimum));
    var complete = firstPage.Rows == Math.Min(25, identityCount) && allStatuses.Total == identityCount && allStatuses.TotalIsExact;
    var atMinimum = firstPage.IsAt(1, 1) && allStatuses.IsAt(listMinimum, statusMinimum);
    Console.WriteLine(complete ? $"(b) saw all {identityCount:N0} identities with their statuses." : "The answers are INCOMPLETE.");
    Console.WriteLine(atMinimum ? "Call counts equal the minimum." : "Call counts DIFFER from the minimum.");
    return atMinimum && complete ? 0 : 1;
}
finally
{
    folder.Delete(recursive: true);
}
