using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Integration.ScaleOut.Support;
using SesConsole.Tests.Support.Data;
using SesConsole.Web.State;

namespace SesConsole.Tests.Integration.ScaleOut;

/// <summary>
/// The index's live updates across two instances on one real PostgreSQL database: a status change written on A (as
/// A's sync writes it, through A's index) reaches the pages subscribed on B, with the name exactly as SES listed it;
/// B does not get its own changes twice.
/// </summary>
[Trait("Category", "Integration")]
public sealed class IndexChangesAcrossInstancesTests : IAsyncLifetime
{
    private const string Region = LocalSesEndpoint.Region;
    private const string Name = "Mixed.Case+Tag@Example.com";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private PostgresTestDatabase _database = null!;
    private LocalSesEndpoint _ses = null!;
    private ScaleOutInstance _a = null!;
    private ScaleOutInstance _b = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _ses = await LocalSesEndpoint.StartAsync();
        _a = new ScaleOutInstance("a", _database.ConnectionString, _ses);
        _b = new ScaleOutInstance("b", _database.ConnectionString, _ses);
        _ = _a.Services;
        _ = _b.Services;
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _ses.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task AStatusChangeTheIndexWroteOnAReachesThePagesOpenOnB()
    {
        var onB = new List<IdentityIndexChanged>();
        await using var subscription = Listen(_b, onB);
        var indexOnA = _a.Services.GetRequiredService<IIdentityIndex>();

        await WriteStatusAsync(indexOnA, VerificationStatus.Pending);
        await WriteStatusAsync(indexOnA, VerificationStatus.Success);

        var seen = await WaitForAsync(onB, changes => changes.SelectMany(c => c.StatusChanges).Any(s => s.After == VerificationStatus.Success));
        var change = seen.SelectMany(c => c.StatusChanges).Single(s => s.After == VerificationStatus.Success);
        Assert.Equal((Region, Name, VerificationStatus.Pending), (change.Region, change.Name, change.Before));
        // What B's grid then reads is the row A wrote, in the one database.
        var row = Assert.Single(await _b.Services.GetRequiredService<IIdentityIndex>().GetAsync(Region, [Name], CancellationToken.None));
        Assert.Equal(VerificationStatus.Success, row.Status);
    }

    [Fact]
    public async Task AnInstanceDoesNotHearItsOwnChangesTwice()
    {
        var onB = new List<IdentityIndexChanged>();
        await using var subscription = Listen(_b, onB);

        await WriteStatusAsync(_b.Services.GetRequiredService<IIdentityIndex>(), VerificationStatus.Pending);
        // A change from A afterwards proves the relay ran long enough for an echo of B's own change to have come back.
        await WriteStatusAsync(_a.Services.GetRequiredService<IIdentityIndex>(), VerificationStatus.Failed);
        var seen = await WaitForAsync(onB, changes => changes.SelectMany(c => c.StatusChanges).Any(s => s.After == VerificationStatus.Failed));

        Assert.Single(seen.SelectMany(c => c.StatusChanges), s => s.After == VerificationStatus.Pending);
    }

    private static IAsyncDisposable Listen(ScaleOutInstance instance, List<IdentityIndexChanged> received) =>
        instance.Services.GetRequiredService<IIndexChanges>().Subscribe((change, _) =>
        {
            lock (received)
            {
                received.Add(change);
            }

            return Task.CompletedTask;
        });

    private static Task WriteStatusAsync(IIdentityIndex index, VerificationStatus status) =>
        index.WriteAsync(Region, [new IdentityObservation(Name, IdentityKind.EmailAddress, status)], DateTimeOffset.UtcNow, CancellationToken.None);

    private static async Task<IReadOnlyList<IdentityIndexChanged>> WaitForAsync(
        List<IdentityIndexChanged> received, Func<IReadOnlyList<IdentityIndexChanged>, bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            IdentityIndexChanged[] snapshot;
            lock (received)
            {
                snapshot = [.. received];
            }

            if (condition(snapshot))
            {
                return snapshot;
            }

            Assert.True(watch.Elapsed < Patience, $"B heard {snapshot.Length} changes in {Patience}, not the one awaited");
            await Task.Delay(20);
        }
    }
}
