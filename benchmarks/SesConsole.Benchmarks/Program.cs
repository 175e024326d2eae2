using System.Diagnostics;
using System.Globalization;
using SesConsole.Benchmarks;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;

// Usage: dotnet run -c Release --project benchmarks/SesConsole.Benchmarks -- [identities=10000] [latencyMs=50] [backgroundShare=0.5] [listing-only]
// LocalSes enforces SES's 1 request/s per operation and the client keeps to it (rate 1); the sync spends at most
// backgroundShare of it. "listing-only" leaves out the sync's DKIM and notification reads (step 4), which at 100,000
// identities take about half an hour at share 0.5. SESCONSOLE_BENCH_POSTGRES=<connection string> puts the console's
// database on that PostgreSQL server. Exits 1 when a count is above the minimum or an answer is incomplete.
var identityCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var latencyMs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var share = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.5;
var listingOnly = args.Length > 3 && args[3] == "listing-only";
const int Queries = 50;

var folder = Directory.CreateTempSubdirectory("sesconsole-bench-");
try
{
    var seedWatch = Stopwatch.StartNew();
    await using var bench = await IndexBenchmark.StartSeededAsync(folder.FullName, identityCount);
    bench.SetConditions(TimeSpan.FromMilliseconds(latencyMs), enforceSesRateLimit: true);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Seeded {identityCount:N0} identities into LocalSes's store in {seedWatch.Elapsed.TotalSeconds:F1} s; added latency {latencyMs} ms, SES's 1/s per operation enforced, sync share {share}; console database: {bench.DatabaseDescription}."));
    var ok = true;

    // 1. Cold full sync, its listing: every identity with its status.
    var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
    var app = await bench.StartAppAsync(1, share);
    bench.Server.ResetRequestCounts();
    var (syncTime, listed) = await IndexBenchmark.ListingPassAsync(app);
    var listCalls = bench.Server.RequestCounts.GetValueOrDefault("ListEmailIdentities");
    var allCalls = bench.Server.RequestCounts.Values.Sum();
    var listMinimum = (identityCount + 999) / 1000;
    ok &= Report(string.Create(CultureInfo.InvariantCulture,
        $"cold full sync, listing: {listCalls} ListEmailIdentities calls, {allCalls} SES calls in all (minimum {listMinimum}), {syncTime.TotalSeconds:F1} s"),
        listCalls == listMinimum && allCalls == listMinimum && listed.Count == identityCount);

    // 2. Grid queries on the index: search, filter by status, sort by status, page 40; 50 of them.
    IdentityQuery[] kinds =
    [
        new(Search: "bench4"),
        new(Status: VerificationStatus.Pending),
        new(SortBy: IdentitySortField.Status, Descending: true),
        new(PageIndex: 39, PageSize: 25, SortBy: IdentitySortField.Name),
    ];
    bench.Server.ResetRequestCounts();
    foreach (var kind in kinds)
    {
        // One of each first, outside the figures: EF Core builds each query shape once per process.
        await IndexBenchmark.QueryAsync(app, kind);
    }

    var times = new List<double>();
    var perKind = kinds.ToDictionary(k => k, _ => new List<double>());
    var complete = true;
    for (var i = 0; i < Queries; i++)
    {
        var kind = kinds[i % kinds.Length];
        var (elapsed, page) = await IndexBenchmark.QueryAsync(app, kind);
        times.Add(elapsed.TotalMilliseconds);
        perKind[kind].Add(elapsed.TotalMilliseconds);
        // A search counts up to its limit and then says "or more" (IndexLimits); anything else is counted exactly.
        complete &= page.Items.Count == 25
            && (page.TotalIsExact || (kind.Search is not null && page.TotalCount == IndexLimits.SearchCountLimit(kind.PageIndex, kind.PageSize)));
    }

    foreach (var (kind, kindTimes) in perKind)
    {
        kindTimes.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"      {Describe(kind)}: p50 {Percentile(kindTimes, 0.50):F1} ms, max {kindTimes[^1]:F1} ms"));
    }

    times.Sort();
    var queryCalls = bench.Server.RequestCounts.Values.Sum();
    ok &= Report(string.Create(CultureInfo.InvariantCulture,
        $"{Queries} grid queries after the sync: {queryCalls} SES calls, p50 {Percentile(times, 0.50):F1} ms, p95 {Percentile(times, 0.95):F1} ms, max {times[^1]:F1} ms"),
        queryCalls == 0 && complete);

    var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
    var process = Process.GetCurrentProcess();
    process.Refresh();
    var databaseBytes = await bench.DatabaseBytesAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"memory with the index of {identityCount:N0}: managed heap +{(heapAfter - heapBefore) / 1024.0 / 1024:F1} MiB over the app's start, working set {process.WorkingSet64 / 1024.0 / 1024:F0} MiB, console database {databaseBytes / 1024.0 / 1024:F1} MiB"));

    // 3. After a restart of the app (same database): the first page asks SES nothing.
    await app.DisposeAsync();
    app = await bench.StartAppAsync(1, share);
    bench.Server.ResetRequestCounts();
    var (firstTime, first) = await IndexBenchmark.QueryAsync(app, new IdentityQuery(PageSize: 25));
    var restartCalls = bench.Server.RequestCounts.Values.Sum();
    ok &= Report(string.Create(CultureInfo.InvariantCulture,
        $"first page after a restart: {restartCalls} SES calls, {first.Items.Count} rows of {first.TotalCount:N0}, {firstTime.TotalMilliseconds:F1} ms"),
        restartCalls == 0 && first.Items.Count == 25 && first.TotalCount == identityCount && first.TotalIsExact);

    // 4. The rest of the cold full sync: DKIM of every domain, bounce/complaint topics of every identity, 100 per call.
    if (listingOnly)
    {
        Console.WriteLine("cold full sync, DKIM and notification topics: not run (listing-only)");
    }
    else
    {
        bench.Server.ResetRequestCounts();
        var attributesTime = await IndexBenchmark.AttributesPassAsync(app, listed);
        var domains = listed.Count(n => n.Kind == IdentityKind.Domain);
        var dkimCalls = bench.Server.RequestCounts.GetValueOrDefault("GetIdentityDkimAttributes");
        var topicCalls = bench.Server.RequestCounts.GetValueOrDefault("GetIdentityNotificationAttributes");
        var attributeCalls = bench.Server.RequestCounts.Values.Sum();
        var dkimMinimum = (domains + 99) / 100;
        var topicMinimum = (identityCount + 99) / 100;
        var withDkim = (await IndexBenchmark.QueryAsync(app, new IdentityQuery(PageSize: 1000, Kind: IdentityKind.Domain))).Page.Items
            .Count(i => i.DkimStatus is not null && i.MissingFeedbackTopics is not null);
        ok &= Report(string.Create(CultureInfo.InvariantCulture,
            $"cold full sync, DKIM and notification topics: {dkimCalls} GetIdentityDkimAttributes calls (minimum {dkimMinimum} for {domains:N0} domains), {topicCalls} GetIdentityNotificationAttributes calls (minimum {topicMinimum}), {attributeCalls} SES calls in all, {attributesTime.TotalSeconds:F1} s; whole full sync {listCalls + attributeCalls} calls (minimum {listMinimum + dkimMinimum + topicMinimum}), {(syncTime + attributesTime).TotalSeconds:F1} s"),
            dkimCalls == dkimMinimum && topicCalls == topicMinimum && attributeCalls == dkimMinimum + topicMinimum && withDkim == Math.Min(1000, domains));
    }

    await app.DisposeAsync();

    Console.WriteLine(ok ? "Every count equals the minimum." : "A count is ABOVE the minimum or an answer is incomplete.");
    return ok ? 0 : 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

static bool Report(string line, bool atMinimum)
{
    Console.WriteLine((atMinimum ? "ok    " : "ABOVE ") + line);
    return atMinimum;
}

static string Describe(IdentityQuery q) =>
    q.Search is not null ? $"search \"{q.Search}\""
    : q.Status is not null ? $"filter status {q.Status}"
    : q.SortBy == IdentitySortField.Status ? "sort by status (descending)"
    : $"page {q.PageIndex + 1} sorted by name";

static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
