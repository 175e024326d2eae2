using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Benchmarks;
using SesConsole.Core.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.LocalSes;

// Usage: dotnet run -c Release --project benchmarks/SesConsole.Benchmarks -- [identities=10000] [latencyMs=50] [rate=1]
// rate is the client's requests per second per operation (SES allows 1); 0 means 1000 (effectively unpaced).
var identityCount = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var latencyMs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50;
var rate = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
const string region = "us-east-1";
const string accessKey = "AKIALOCALSES0000000";
const string secret = "LocalSesFakeSecretKeyNotForAws0000000000";

var folder = Directory.CreateTempSubdirectory("sesconsole-bench-");
await using var server = await LocalSesServer.StartAsync(new LocalSesOptions
{
    Url = "http://127.0.0.1:0",
    DatabasePath = Path.Combine(folder.FullName, "bench.db"),
    Credentials = [new LocalSesCredential { AccessKeyId = accessKey, SecretAccessKey = secret }],
    DnsCheckInterval = TimeSpan.Zero,
}, CancellationToken.None);

ServiceProvider BuildServices(double requestsPerSecond)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Ses:Mode"] = "Local",
        ["Ses:Regions:0"] = region,
        ["Ses:ServiceUrl"] = server.BaseAddress.ToString(),
        ["Ses:AccessKeyId"] = accessKey,
        ["Ses:SecretAccessKey"] = secret,
        ["Ses:RequestsPerSecondPerOperation"] = requestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).Build();
    return new ServiceCollection()
        .AddLogging()
        .AddSingleton<IConfiguration>(configuration)
        .AddSingleton<BenchmarkOperator>()
        .AddScoped<ICurrentOperator>(sp => sp.GetRequiredService<BenchmarkOperator>())
        .AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<BenchmarkOperator>())
        .AddSesConsoleCore(configuration)
        .BuildServiceProvider();
}

Console.WriteLine($"Seeding {identityCount:N0} identities into LocalSes...");
var seedWatch = Stopwatch.StartNew();
await using (var seedServices = BuildServices(1000))
{
    var client = seedServices.GetRequiredService<ISesClientFactory>().ForRegion(region);
    await Parallel.ForEachAsync(Enumerable.Range(0, identityCount), new ParallelOptions { MaxDegreeOfParallelism = 8 },
        async (i, ct) =>
        {
            if (i % 2 == 0)
            {
                await client.VerifyEmailIdentityAsync($"sender{i:D5}@bench{i % 97}.example.com", ct);
            }
            else
            {
                await client.VerifyDomainIdentityAsync($"d{i:D5}.bench.example", ct);
            }
        });
}

Console.WriteLine($"Seeded in {seedWatch.Elapsed.TotalSeconds:F1} s. Added latency {latencyMs} ms, client rate {(rate > 0 ? $"{rate}/s per operation" : "unpaced")}.");
server.Knobs.AddedLatency = TimeSpan.FromMilliseconds(latencyMs);

var listMinimum = (identityCount + 999) / 1000;
var statusMinimum = (identityCount + 99) / 100;
var firstPage = await MeasureAsync("(a) first grid page, 25 rows", new IdentityQuery(PageSize: 25));
var allStatuses = await MeasureAsync("(b) statuses of all identities", new IdentityQuery(PageSize: 25, SortBy: IdentitySortField.Status));

Console.WriteLine();
Console.WriteLine("| measurement | ListIdentities calls | GetIdentityVerificationAttributes calls | minimum (list + status) | wall time |");
Console.WriteLine("|---|---|---|---|---|");
Print(firstPage, 1, 1);
Print(allStatuses, listMinimum, statusMinimum);
var atMinimum = firstPage.List == 1 && firstPage.Status == 1 && allStatuses.List == listMinimum && allStatuses.Status == statusMinimum;
Console.WriteLine(atMinimum ? "Call counts equal the minimum." : "Call counts DIFFER from the minimum.");
folder.Delete(recursive: true);
return atMinimum ? 0 : 1;

async Task<Measurement> MeasureAsync(string name, IdentityQuery query)
{
    // A fresh service container each time: an empty cache, as for the first visitor after a start.
    await using var services = BuildServices(rate > 0 ? rate : 1000);
    await using var scope = services.CreateAsyncScope();
    var identities = scope.ServiceProvider.GetRequiredService<IIdentityService>();
    server.ResetRequestCounts();
    var watch = Stopwatch.StartNew();
    var page = await identities.ListAsync(region, query, CancellationToken.None);
    watch.Stop();
    if (!page.Succeeded)
    {
        throw new InvalidOperationException($"{name} failed: {page.Failure.Message}");
    }

    var counts = server.RequestCounts;
    return new Measurement(name, Count(counts, "ListIdentities"), Count(counts, "GetIdentityVerificationAttributes"),
        watch.Elapsed, page.Value.Items.Count);
}

static long Count(IReadOnlyDictionary<string, long> counts, string action) => counts.TryGetValue(action, out var n) ? n : 0;

static void Print(Measurement m, int listMinimum, int statusMinimum) =>
    Console.WriteLine($"| {m.Name} | {m.List} | {m.Status} | {listMinimum} + {statusMinimum} | {m.Elapsed.TotalSeconds:F2} s |");

internal sealed record Measurement(string Name, long List, long Status, TimeSpan Elapsed, int Rows);
