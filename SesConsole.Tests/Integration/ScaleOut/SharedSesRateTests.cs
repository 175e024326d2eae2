using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Integration.ScaleOut.Support;
using SesConsole.Tests.Support.Data;
using Xunit.Abstractions;

namespace SesConsole.Tests.Integration.ScaleOut;

/// <summary>
/// The measurement of docs/benchmarks.md ("SES's rate across instances"): two app instances on one PostgreSQL
/// database send the same operator load to one LocalSes that answers Throttling above SES's one request per second per
/// operation, as SES does. With the shared rate (the default on PostgreSQL) LocalSes throttles nothing; without it
/// (the control, <c>Ses:SharedPacing</c> false) it throttles some. Each run prints its figures.
/// </summary>
[Trait("Category", "Integration")]
[Collection(TimingSensitiveCollection.Name)]
public sealed class SharedSesRateTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int CallersPerInstance = 6;
    private static readonly string[] Operations = ["GetIdentityVerificationAttributes", "GetIdentityDkimAttributes"];

    private PostgresTestDatabase _database = null!;
    private LocalSesEndpoint _ses = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _ses = await LocalSesEndpoint.StartAsync(o => o.Knobs.EnforceSesRateLimit = true);
    }

    public async Task DisposeAsync()
    {
        await _ses.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TwoInstancesSharingTheRateDrawNoThrottling()
    {
        var run = await RunLoadAsync(sharedPacing: true);

        Assert.Equal(0, run.Throttling);
        Assert.Equal(0, run.Failed);
        Assert.Equal(run.Calls, run.Requests);
        // Two operations of Calls / 2 each at one per second: the last of each goes at least (Calls / 2 - 1) s in.
        Assert.True(run.Elapsed >= TimeSpan.FromSeconds((run.Calls / Operations.Length) - 1), $"took {run.Elapsed}");
    }

    [Fact]
    public async Task TwoInstancesPacingAloneAreThrottled()
    {
        var run = await RunLoadAsync(sharedPacing: false);

        Assert.True(run.Throttling > 0, "each instance keeps to one request per second, so together they send two");
        Assert.True(run.Requests > run.Calls, "throttled attempts are retried");
    }

    private async Task<LoadRun> RunLoadAsync(bool sharedPacing)
    {
        var settings = new Dictionary<string, string?> { ["Ses:SharedPacing"] = sharedPacing ? "true" : "false" };
        await using var a = new ScaleOutInstance("a", _database.ConnectionString, _ses, settings);
        await using var b = new ScaleOutInstance("b", _database.ConnectionString, _ses, settings);
        var clients = new[] { a, b }.Select(i => i.Services.GetRequiredService<ISesClientFactory>().ForRegion(LocalSesEndpoint.Region)).ToArray();
        _ses.Server.ResetRequestCounts();
        var throttledBefore = _ses.Server.Knobs.ThrottlingAnswers;
        var failed = 0;
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(
            from client in clients
            from caller in Enumerable.Range(0, CallersPerInstance)
            select Task.Run(async () =>
            {
                try
                {
                    if (caller % Operations.Length == 0)
                    {
                        await client.GetIdentityVerificationAttributesAsync(["ops@rate.example"], CancellationToken.None);
                    }
                    else
                    {
                        await client.GetIdentityDkimAttributesAsync(["rate.example"], CancellationToken.None);
                    }
                }
                catch (SesCallException ex) when (ex.ErrorCode == "Throttling")
                {
                    Interlocked.Increment(ref failed);
                }
            }));

        watch.Stop();
        var run = new LoadRun(
            Calls: clients.Length * CallersPerInstance,
            Requests: Operations.Sum(_ses.Count),
            Throttling: _ses.Server.Knobs.ThrottlingAnswers - throttledBefore,
            Failed: failed,
            Elapsed: watch.Elapsed);
        output.WriteLine(
            $"shared pacing {(sharedPacing ? "on " : "off")}: 2 instances x {CallersPerInstance} operator calls ({string.Join(", ", Operations)}): " +
            $"{run.Requests} requests at LocalSes, {run.Throttling} Throttling, {run.Failed} calls failed, {run.Elapsed.TotalSeconds:F1} s");
        return run;
    }

    private sealed record LoadRun(int Calls, long Requests, long Throttling, int Failed, TimeSpan Elapsed);
}
