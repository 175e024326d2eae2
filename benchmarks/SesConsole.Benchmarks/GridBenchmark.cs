using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.LocalSes;

namespace SesConsole.Benchmarks;

/// <summary>LocalSes on loopback and our Core pointed at it: seeds identities and measures identity-grid queries.</summary>
internal sealed class GridBenchmark : IAsyncDisposable
{
    /// <summary>The most <c>Ses:RequestsPerSecondPerOperation</c> allows.</summary>
    public const double MaxRate = 1000;

    private const string Region = "us-east-1";
    private const string AccessKey = "AKIALOCALSES0000000";
    private const string Secret = "LocalSesFakeSecretKeyNotForAws0000000000";

    private readonly LocalSesServer _server;

    private GridBenchmark(LocalSesServer server) => _server = server;

    public static async Task<GridBenchmark> StartAsync(string databasePath) =>
        new(await LocalSesServer.StartAsync(new LocalSesOptions
        {
            Url = "http://127.0.0.1:0",
            DatabasePath = databasePath,
            Credentials = [new LocalSesCredential { AccessKeyId = AccessKey, SecretAccessKey = Secret }],
            DnsCheckInterval = TimeSpan.Zero,
        }, CancellationToken.None));

    /// <summary>Half email addresses, half domains, verified through our client at its maximum rate.</summary>
    public async Task<TimeSpan> SeedAsync(int count)
    {
        var watch = Stopwatch.StartNew();
        await using var services = BuildServices(MaxRate);
        var client = services.GetRequiredService<ISesClientFactory>().ForRegion(Region);
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, ct) =>
            {
                if (i % 2 == 0)
                {
                    await client.VerifyEmailIdentityAsync(string.Create(CultureInfo.InvariantCulture, $"sender{i:D5}@bench{i % 97}.example.com"), ct);
                }
                else
                {
                    await client.VerifyDomainIdentityAsync(string.Create(CultureInfo.InvariantCulture, $"d{i:D5}.bench.example"), ct);
                }
            });
        return watch.Elapsed;
    }

    public void SetConditions(TimeSpan addedLatency, bool enforceSesRateLimit)
    {
        _server.Knobs.AddedLatency = addedLatency;
        _server.Knobs.EnforceSesRateLimit = enforceSesRateLimit;
    }

    /// <summary>Our Core as the app holds it: one client factory (one pacer) for every measurement.</summary>
    public ServiceProvider CreateCore(double requestsPerSecond) => BuildServices(requestsPerSecond);

    /// <summary>One grid query on an emptied cache, as for the first visitor after a start.</summary>
    public async Task<Measurement> MeasureAsync(ServiceProvider core, string name, IdentityQuery query)
    {
        await using var scope = core.CreateAsyncScope();
        var identities = scope.ServiceProvider.GetRequiredService<IIdentityReads>();
        identities.InvalidateCache(Region);

        // Let SES's one-second window of the previous measurement's calls pass, outside the stopwatch, so this
        // measurement neither waits at the pacer for them nor is charged for them.
        await Task.Delay(TimeSpan.FromSeconds(2));
        _server.ResetRequestCounts();
        var watch = Stopwatch.StartNew();
        var page = await identities.ListAsync(Region, query, CancellationToken.None);
        watch.Stop();
        if (!page.Succeeded)
        {
            throw new InvalidOperationException($"{name} failed: {page.Failure.Message}");
        }

        var counts = _server.RequestCounts;
        return new Measurement(
            name,
            counts.GetValueOrDefault("ListIdentities"),
            counts.GetValueOrDefault("GetIdentityVerificationAttributes"),
            counts.Values.Sum(),
            watch.Elapsed,
            page.Value.Items.Count,
            page.Value.TotalCount,
            page.Value.TotalIsExact);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private ServiceProvider BuildServices(double requestsPerSecond)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ses:Mode"] = "Local",
            ["Ses:Regions:0"] = Region,
            ["Ses:ServiceUrl"] = _server.BaseAddress.ToString(),
            ["Ses:AccessKeyId"] = AccessKey,
            ["Ses:SecretAccessKey"] = Secret,
            ["Ses:RequestsPerSecondPerOperation"] = requestsPerSecond.ToString(CultureInfo.InvariantCulture),
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
}
