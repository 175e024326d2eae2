using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Index;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Integration.ScaleOut.Support;
using SesConsole.Tests.Support.Data;
using SesConsole.Web.Data;
using Xunit.Abstractions;

namespace SesConsole.Tests.Integration.ScaleOut;

/// <summary>
/// Two instances with the index sync on, one real PostgreSQL database and one LocalSes: only the lease holder lists
/// SES (LocalSes counts one instance's listing calls), readiness says which instance holds the lease, and stopping the
/// holder moves the sync to the other within the lease time.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SyncAcrossInstancesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Region = LocalSesEndpoint.Region;
    private const int Identities = 2500;
    private const int ListingCallsOfOnePass = 3;
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private PostgresTestDatabase _database = null!;
    private LocalSesEndpoint _ses = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _ses = await LocalSesEndpoint.StartAsync();
        await _ses.Server.SeedIdentitiesAsync(Region, Enumerable.Range(0, Identities).Select(i => $"user{i}@sync.example"), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _ses.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task OnlyTheLeaseHolderSyncsAndStoppingItMovesTheSyncToTheOtherWithinTheLeaseTime()
    {
        _ses.Server.ResetRequestCounts();
        var a = Instance("a");
        await using var b = Instance("b");
        try
        {
            _ = a.Services;
            _ = b.Services;
            await WaitForAsync(async () => (await SyncState(b)).EverSynced, "a first full sync");
            // Another renewal period or two: a second instance that also synced would list again by now.
            await Task.Delay(LeaseDuration);

            Assert.Equal(ListingCallsOfOnePass, _ses.Count("ListEmailIdentities"));
            var leases = new[] { await HoldsLeaseAsync(a), await HoldsLeaseAsync(b) };
            Assert.Single(leases, held => held);

            var (holder, other) = leases[0] ? (a, b) : (b, a);
            var watch = Stopwatch.StartNew();
            await holder.DisposeAsync();
            await WaitForAsync(() => HoldsLeaseAsync(other), "the other instance to take the lease");
            watch.Stop();
            output.WriteLine($"lease moved {watch.Elapsed.TotalSeconds:F1} s after the holder stopped (lease {LeaseDuration.TotalSeconds} s)");
            Assert.True(watch.Elapsed <= LeaseDuration, $"the lease moved after {watch.Elapsed}");

            // The new holder lists SES itself (its first pass): one pass more, not two.
            await WaitForAsync(() => Task.FromResult(_ses.Count("ListEmailIdentities") == 2 * ListingCallsOfOnePass), "the new holder's listing");
        }
        finally
        {
            await a.DisposeAsync();
        }
    }

    [Fact]
    public async Task ReadinessSaysWhichRegionsThisInstanceSyncsAndTheOtherSaysItSyncsNone()
    {
        await using var a = Instance("a");
        _ = a.Services;
        await WaitForAsync(() => HoldsLeaseAsync(a), "instance a to take the lease");
        await using var b = Instance("b");

        using var onA = await ReadinessAsync(a);
        using var onB = await ReadinessAsync(b);

        var leaseOnA = onA.RootElement.GetProperty("checks").GetProperty("syncLease");
        var leaseOnB = onB.RootElement.GetProperty("checks").GetProperty("syncLease");
        Assert.Equal("Healthy", onA.RootElement.GetProperty("status").GetString());
        Assert.True(leaseOnA.GetProperty("data").GetProperty(Region).GetBoolean());
        Assert.Equal($"This instance syncs {Region}.", leaseOnA.GetProperty("description").GetString());
        Assert.False(leaseOnB.GetProperty("data").GetProperty(Region).GetBoolean());
        Assert.Equal("This instance holds no sync lease.", leaseOnB.GetProperty("description").GetString());
    }

    private ScaleOutInstance Instance(string id) =>
        new(id, _database.ConnectionString, _ses, ScaleOutInstance.SyncingWithLease(LeaseDuration));

    private static async Task<RegionSyncState> SyncState(ScaleOutInstance instance) =>
        (await instance.Services.GetRequiredService<IIdentityIndex>().SyncStatesAsync(CancellationToken.None))
            .FirstOrDefault(s => s.Region == Region) ?? RegionSyncState.Never(Region);

    private static async Task<bool> HoldsLeaseAsync(ScaleOutInstance instance)
    {
        using var body = await ReadinessAsync(instance);
        return body.RootElement.GetProperty("checks").GetProperty("syncLease").GetProperty("data")
            .TryGetProperty(Region, out var held) && held.GetBoolean();
    }

    private static async Task<JsonDocument> ReadinessAsync(ScaleOutInstance instance)
    {
        using var client = instance.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var ready = await client.GetAsync(ReadinessEndpoint.Path);
        return JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
    }

    private static Task WaitForAsync(Func<Task<bool>> condition, string what) => Eventually.WaitForAsync(condition, what, Patience);
}
