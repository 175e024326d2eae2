using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Ses.Pacing;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Data;
using SesConsole.Web.Data;
using SesConsole.Web.Pacing;

namespace SesConsole.Tests.Integration.ScaleOut;

/// <summary>
/// The shared SES rate's rows in a real database, as two instances see them (two <see cref="DatabaseSharedSesRate"/>
/// over one database): on SQLite (one write transaction, this machine's clock) and on PostgreSQL (one statement, the
/// database's clock).
/// </summary>
[Trait("Category", "Integration")]
public sealed class DatabaseSharedSesRateTests
{
    private const string Key = "us-east-1/GetIdentityDkimAttributes";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task OnSqliteAKeyHeldByOneInstanceIsRefusedToTheOtherUntilOneIntervalAfterItsRelease()
    {
        using var database = new IndexDatabase();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var a = Rate(database.Contexts, clock);
        var b = Rate(database.Contexts, clock);

        var taken = await a.TryClaimAsync(Key, Interval, background: false, None);
        var whileHeld = await b.TryClaimAsync(Key, Interval, background: false, None);
        await a.ReleaseAsync(Key, taken, Interval, None);
        clock.Advance(TimeSpan.FromMilliseconds(900));
        var tooSoon = await b.TryClaimAsync(Key, Interval, background: false, None);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        var after = await b.TryClaimAsync(Key, Interval, background: false, None);

        Assert.True(taken.Taken);
        Assert.Equal(DatabaseSharedSesRate.MaxWait, whileHeld.Wait);
        Assert.Equal(TimeSpan.FromMilliseconds(100), tooSoon.Wait);
        Assert.True(after.Taken);
    }

    [Fact]
    public async Task OnSqliteABackgroundRequestWaitsOneIntervalLongerThanAnOperator()
    {
        using var database = new IndexDatabase();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var a = Rate(database.Contexts, clock);
        var b = Rate(database.Contexts, clock);
        await a.ReleaseAsync(Key, await a.TryClaimAsync(Key, Interval, background: false, None), Interval, None);
        clock.Advance(Interval);

        var background = await b.TryClaimAsync(Key, Interval, background: true, None);
        var operatorClaim = await a.TryClaimAsync(Key, Interval, background: false, None);

        Assert.False(background.Taken);
        Assert.True(operatorClaim.Taken);
    }

    [Fact]
    public async Task OnPostgresOnlyOneOfManyConcurrentClaimsTakesTheKey()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var services = new ServiceCollection()
            .AddDbContextFactory<SesConsoleDbContext, PostgresSesConsoleDbContextFactory>(o => o.UseNpgsql(database.ConnectionString), ServiceLifetime.Singleton)
            .BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<SesConsoleDbContext>>();
        await new DatabaseInitializer(contexts).StartAsync(None);
        var instances = Enumerable.Range(0, 8).Select(_ => Rate(contexts, TimeProvider.System)).ToArray();

        var claims = await Task.WhenAll(instances.Select(i => i.TryClaimAsync(Key, Interval, background: false, None)));
        var winner = Assert.Single(claims, c => c.Taken);
        await instances[Array.IndexOf(claims, winner)].ReleaseAsync(Key, winner, Interval, None);
        var justAfterRelease = await instances[0].TryClaimAsync(Key, Interval, background: false, None);

        Assert.All(claims.Where(c => !c.Taken), c => Assert.Equal(DatabaseSharedSesRate.MaxWait, c.Wait));
        // Released: free one interval after the answer, on the database's clock (250 ms is the most a refusal waits).
        Assert.False(justAfterRelease.Taken);
        Assert.InRange(justAfterRelease.Wait, TimeSpan.FromMilliseconds(1), DatabaseSharedSesRate.MaxWait);
    }

    private static DatabaseSharedSesRate Rate(IDbContextFactory<SesConsoleDbContext> contexts, TimeProvider clock) =>
        new(contexts, clock, NullLogger<DatabaseSharedSesRate>.Instance);
}
