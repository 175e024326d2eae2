using System.Diagnostics;
using Npgsql;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Integration.ScaleOut.Support;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Data;
using SesConsole.Tests.Support.Hosting;
using Xunit.Abstractions;

namespace SesConsole.Tests.Integration.ScaleOut;

/// <summary>
/// The sync lease's holder as a real web process of its own, killed outright (no graceful stop, so its lease is never
/// given up), and another instance on the same PostgreSQL database and LocalSes: the other takes the sync no sooner
/// than the orphaned lease expires and within the lease time plus one heartbeat of the kill, and LocalSes sees one
/// listing pass from each holder, never two at once.
/// </summary>
[Trait("Category", "Integration")]
public sealed class HardKilledLeaseHolderTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Region = LocalSesEndpoint.Region;
    private const int Identities = 2500;
    private const int ListingCallsOfOnePass = 3;
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Heartbeat = LeaseDuration / 3;
    /// <summary>The survivor's own database round trip on a loaded 2-core machine, on top of its heartbeat's wait.</summary>
    private static readonly TimeSpan RoundTripAllowance = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly TempFolder _data = new();
    private PostgresTestDatabase _database = null!;
    private LocalSesEndpoint _ses = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _ses = await LocalSesEndpoint.StartAsync();
        await _ses.Server.SeedIdentitiesAsync(Region, Enumerable.Range(0, Identities).Select(i => $"user{i}@kill.example"), CancellationToken.None);
        _ses.Server.ResetRequestCounts();
    }

    public async Task DisposeAsync()
    {
        await _ses.DisposeAsync();
        await _database.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task AKilledHoldersSyncMovesToTheOtherInstanceAfterItsLeaseExpiresWithinTheLeaseTimePlusOneHeartbeat()
    {
        using var holder = Process.Start(WebAppProcess.StartInfo("Testing", [
            new("ASPNETCORE_URLS", $"http://127.0.0.1:{LoopbackPorts.Free()}"),
            .. ScaleOutInstance.ProcessSettings("killed", _database.ConnectionString, _ses, SyncSettings, _data.Path),
        ]))!;
        var holderOutput = Task.WhenAll(holder.StandardOutput.ReadToEndAsync(), holder.StandardError.ReadToEndAsync());
        try
        {
            // IdentityIndexSync.Holder: the machine, the process id, then a random part.
            var holderId = $"{Environment.MachineName}:{holder.Id}:";
            await WaitForAsync(
                async () => (await LeaseAsync()) is { LastFullSyncAt: not null } lease && lease.Holder.StartsWith(holderId, StringComparison.Ordinal),
                "the process's first full pass", holder);
            await using var survivor = new ScaleOutInstance("survivor", _database.ConnectionString, _ses, SyncSettings);
            _ = survivor.Services;
            // A whole lease with both running: the survivor neither takes the lease nor lists.
            await Task.Delay(LeaseDuration);
            Assert.StartsWith(holderId, (await LeaseAsync())!.Holder, StringComparison.Ordinal);
            Assert.Equal(ListingCallsOfOnePass, _ses.Count("ListEmailIdentities"));

            var killedAt = DateTimeOffset.UtcNow;
            holder.Kill(entireProcessTree: true);
            await holder.WaitForExitAsync();
            var orphaned = (await LeaseAsync())!;
            Assert.StartsWith(holderId, orphaned.Holder, StringComparison.Ordinal);
            await WaitForAsync(async () => (await LeaseAsync())!.Holder != orphaned.Holder, "the survivor to take the lease");
            var taken = (await LeaseAsync())!;
            var takenAt = taken.ExpiresAt - LeaseDuration;

            output.WriteLine(
                $"lease {LeaseDuration.TotalSeconds} s, heartbeat {Heartbeat.TotalSeconds} s: the orphaned lease expired " +
                $"{(orphaned.ExpiresAt - killedAt).TotalSeconds:F2} s after the kill; the survivor took it " +
                $"{(takenAt - killedAt).TotalSeconds:F2} s after the kill ({(takenAt - orphaned.ExpiresAt).TotalSeconds:F2} s after the expiry)");
            Assert.True(takenAt >= orphaned.ExpiresAt, $"the survivor took the lease {orphaned.ExpiresAt - takenAt} before it expired");
            Assert.True(
                takenAt - killedAt <= LeaseDuration + Heartbeat + RoundTripAllowance,
                $"the survivor took the lease {takenAt - killedAt} after the kill");

            // The survivor lists once (its first pass), and only once: one pass per holder, never two side by side.
            await WaitForAsync(() => Task.FromResult(_ses.Count("ListEmailIdentities") == 2 * ListingCallsOfOnePass), "the survivor's listing");
            await WaitForAsync(async () => (await LeaseAsync())!.LastFullSyncAt > taken.ExpiresAt - LeaseDuration, "the survivor's pass to finish");
            await Task.Delay(LeaseDuration);
            Assert.Equal(2 * ListingCallsOfOnePass, _ses.Count("ListEmailIdentities"));
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.Kill(entireProcessTree: true);
            }

            await holderOutput;
        }
    }

    private static IReadOnlyDictionary<string, string?> SyncSettings { get; } = ScaleOutInstance.SyncingWithLease(LeaseDuration);

    /// <summary>The region's lease row as the database holds it (times in UTC).</summary>
    private async Task<LeaseRow?> LeaseAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand(
            """SELECT "LeaseHolder", "LeaseExpiresAt", "LastFullSyncAt" FROM "IndexSyncRegions" WHERE "Region" = @region""", connection);
        read.Parameters.AddWithValue("region", Region);
        try
        {
            await using var row = await read.ExecuteReaderAsync();
            return await row.ReadAsync()
                ? new LeaseRow(
                    row.IsDBNull(0) ? string.Empty : row.GetString(0),
                    new DateTimeOffset(row.GetInt64(1), TimeSpan.Zero),
                    row.IsDBNull(2) ? null : new DateTimeOffset(row.GetInt64(2), TimeSpan.Zero))
                : null;
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // The process has not created the schema yet.
            return null;
        }
    }

    private static Task WaitForAsync(Func<Task<bool>> condition, string what, Process? mustLive = null) =>
        Eventually.WaitForAsync(
            async () =>
            {
                Assert.False(mustLive is { HasExited: true }, $"the web process exited while waiting for {what}");
                return await condition();
            },
            what,
            Patience);

    private sealed record LeaseRow(string Holder, DateTimeOffset ExpiresAt, DateTimeOffset? LastFullSyncAt);
}
