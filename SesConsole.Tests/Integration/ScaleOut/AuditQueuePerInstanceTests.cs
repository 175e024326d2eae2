using Microsoft.Extensions.DependencyInjection;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Integration.ScaleOut.Support;
using SesConsole.Tests.Support.Data;
using SesConsole.Web.Audit;

namespace SesConsole.Tests.Integration.ScaleOut;

/// <summary>
/// The audit queue folder (completions the database refused for a moment) is each instance's own: two instances on
/// one PostgreSQL database and one data folder queue apart, neither replays the other's queue, and a second instance
/// configured onto a folder in use stops at start naming the setting.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AuditQueuePerInstanceTests : IAsyncLifetime
{
    private readonly string _sharedDataFolder = Directory.CreateTempSubdirectory("sesconsole-scaleout-").FullName;
    private PostgresTestDatabase _database = null!;
    private LocalSesEndpoint _ses = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _ses = await LocalSesEndpoint.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _ses.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_sharedDataFolder, recursive: true);
    }

    [Fact]
    public async Task TwoInstancesQueueInFoldersOfTheirOwnAndNeitherDrainsTheOthers()
    {
        await using var a = Instance("a");
        await using var b = Instance("b");
        var queueOfA = a.Services.GetRequiredService<AuditCompletionQueue>();
        var queueOfB = b.Services.GetRequiredService<AuditCompletionQueue>();

        await queueOfA.EnqueueAsync(new QueuedCompletion(42, "Succeeded", null, "req-1", DateTimeOffset.UtcNow));
        var leftOnB = await b.Services.GetRequiredService<AuditQueueDrainer>().DrainAsync(CancellationToken.None);

        Assert.NotEqual(queueOfA.Folder, queueOfB.Folder);
        Assert.Equal("a", Path.GetFileName(queueOfA.Folder));
        Assert.Equal(0, leftOnB);
        Assert.Single(queueOfA.Pending());
        Assert.Equal(0, await a.Services.GetRequiredService<AuditQueueDrainer>().DrainAsync(CancellationToken.None));
        Assert.Empty(queueOfA.Pending());
    }

    [Fact]
    public async Task ASecondInstanceWithTheSameIdOnTheSameDataFolderStopsAtStartNamingTheSetting()
    {
        await using var first = Instance("same");
        _ = first.Services;
        await using var second = Instance("same");

        var failure = Assert.ThrowsAny<Exception>(() => second.Services);

        Assert.Contains(AuditQueueFolder.InstanceIdKey, Flatten(failure));
    }

    private ScaleOutInstance Instance(string id) => new(id, _database.ConnectionString, _ses, dataFolder: _sharedDataFolder);

    private static string Flatten(Exception ex) =>
        ex.Message + (ex.InnerException is { } inner ? " | " + Flatten(inner) : string.Empty)
        + (ex is AggregateException aggregate ? string.Concat(aggregate.InnerExceptions.Select(e => " | " + Flatten(e))) : string.Empty);
}
