using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.Tests.Support.Identities;
using SesConsole.Web.Audit;
using SesConsole.Web.Data;

namespace SesConsole.Tests.Integration.Hardening;

/// <summary>
/// No change at SES without an audit row, with the real SQLite audit trail held locked by another connection (as a
/// busy console database would be): the attempt row comes first, and a completion the database refuses is queued
/// on disk and written later. Nothing is thrown at the caller.
/// </summary>
[Trait("Category", "Integration")]
public sealed class WriteAheadAuditTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sesconsole-writeahead-").FullName;
    private readonly IdentityServiceHarness _harness = new();
    private ServiceProvider _services = default!;
    private AuditCompletionQueue _queue = default!;
    private string _connectionString = default!;

    private IDbContextFactory<SesConsoleDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<SesConsoleDbContext>>();

    public async Task InitializeAsync()
    {
        // A short busy timeout, so a locked database fails in a second instead of thirty.
        _connectionString = $"Data Source={Path.Combine(_folder, "sesconsole.db")};Default Timeout=1;Pooling=False";
        _services = new ServiceCollection()
            .AddDbContextFactory<SesConsoleDbContext>(options => options.UseSqlite(_connectionString))
            .BuildServiceProvider();
        await new DatabaseInitializer(Contexts).StartAsync(CancellationToken.None);
        _queue = new AuditCompletionQueue(Path.Combine(_folder, "audit-queue"));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }

    private EfAuditTrail Trail() => new(Contexts, _queue, TimeProvider.System, NullLogger<EfAuditTrail>.Instance);

    private IdentityChanges Changes(IAuditTrail trail) => new(
        new ChangeGate(_harness.Operator, trail, _harness.Clock, new RegionDirectory(_harness.Options), NullLogger<ChangeGate>.Instance),
        _harness.WriteThrough,
        _harness.Ses);

    private async Task<List<AuditRecord>> RowsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.AuditRecords.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    [Fact]
    public async Task WhenTheAttemptRowCannotBeWrittenSesIsNotCalledAndTheOperatorIsToldSo()
    {
        var changes = Changes(Trail());
        await using (var locker = await DatabaseLock.TakeAsync(_connectionString))
        {
            var outcome = await changes.VerifyEmailAsync(IdentityServiceHarness.Region, "ops@example.com", CancellationToken.None);

            Assert.False(outcome.Succeeded);
            Assert.Equal(FailureKind.Unavailable, outcome.Failure.Kind);
            Assert.Equal(ChangeAttempt.AuditUnavailableMessage, outcome.Failure.Message);
        }

        Assert.Equal(0, _harness.Ses.TotalCalls);
        Assert.False(_harness.Sdk.Exists("ops@example.com"));
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task WhenOnlyTheCompletionCannotBeWrittenTheChangeStandsItsEntryIsQueuedAndLaterWritten()
    {
        var locking = new LockAfterBegin(Trail(), _connectionString);
        var changes = Changes(locking);

        Outcome<EmailVerificationStarted> outcome;
        await using (locking)
        {
            outcome = await changes.VerifyEmailAsync(IdentityServiceHarness.Region, "ops@example.com", CancellationToken.None);
        }

        Assert.True(outcome.Succeeded);
        Assert.Equal(ChangeAttempt.AuditDelayedNotice, outcome.Notice);
        Assert.True(_harness.Sdk.Exists("ops@example.com"));
        var pending = Assert.Single(await RowsAsync());
        Assert.Equal(nameof(AuditOutcome.Pending), pending.Outcome);
        Assert.Equal(AuditActions.VerifyEmail, pending.Action);
        Assert.Single(_queue.Pending());

        var left = await new AuditQueueDrainer(Contexts, _queue, NullLogger<AuditQueueDrainer>.Instance).DrainAsync(CancellationToken.None);

        Assert.Equal(0, left);
        Assert.Empty(_queue.Pending());
        var completed = Assert.Single(await RowsAsync());
        Assert.Equal(pending.Id, completed.Id);
        Assert.Equal(nameof(AuditOutcome.Succeeded), completed.Outcome);
        Assert.Equal("admin@contoso.example", completed.OperatorName);
    }

    [Fact]
    public async Task AQueuedCompletionWaitsWhileTheDatabaseIsStillLocked()
    {
        var locking = new LockAfterBegin(Trail(), _connectionString);
        await using (locking)
        {
            await Changes(locking).VerifyEmailAsync(IdentityServiceHarness.Region, "ops@example.com", CancellationToken.None);
            var drainer = new AuditQueueDrainer(Contexts, _queue, NullLogger<AuditQueueDrainer>.Instance);

            Assert.Equal(1, await drainer.DrainAsync(CancellationToken.None));
        }

        Assert.Single(_queue.Pending());
    }

    [Fact]
    public async Task WithTheDatabaseFreeTheAttemptRowIsCompletedInPlace()
    {
        var outcome = await Changes(Trail()).VerifyEmailAsync(IdentityServiceHarness.Region, "ops@example.com", CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Null(outcome.Notice);
        var row = Assert.Single(await RowsAsync());
        Assert.Equal(nameof(AuditOutcome.Succeeded), row.Outcome);
        Assert.Empty(_queue.Pending());
    }

    [Fact]
    public async Task ATimeoutAtSesIsRecordedAsTimedOutAndToldAsMaybeMade()
    {
        _harness.Sdk.FailNext("VerifyEmailIdentity", new SesCallException("ServiceUnavailable", "did not answer", null, null) { IsTimeout = true });

        var outcome = await Changes(Trail()).VerifyEmailAsync(IdentityServiceHarness.Region, "ops@example.com", CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Equal(ChangeAttempt.TimedOutMessage, outcome.Failure.Message);
        Assert.Equal(nameof(AuditOutcome.TimedOut), Assert.Single(await RowsAsync()).Outcome);
    }

    /// <summary>Holds an exclusive lock on the database file from another connection until disposed.</summary>
    private sealed class DatabaseLock : IAsyncDisposable
    {
        private readonly SqliteConnection _connection;

        private DatabaseLock(SqliteConnection connection) => _connection = connection;

        public static async Task<DatabaseLock> TakeAsync(string connectionString)
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "BEGIN EXCLUSIVE;";
            await command.ExecuteNonQueryAsync();
            return new DatabaseLock(connection);
        }

        public async ValueTask DisposeAsync()
        {
            await using (var command = _connection.CreateCommand())
            {
                command.CommandText = "ROLLBACK;";
                await command.ExecuteNonQueryAsync();
            }

            await _connection.DisposeAsync();
        }
    }

    /// <summary>The real trail, with the database locked by someone else right after the attempt row is written:
    /// the moment SES is being called.</summary>
    private sealed class LockAfterBegin(EfAuditTrail inner, string connectionString) : IAuditTrail, IAsyncDisposable
    {
        private DatabaseLock? _lock;

        public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) => inner.RecordAsync(entry, cancellationToken);

        public async Task<AuditAttempt> BeginAsync(AuditEntry attempt, CancellationToken cancellationToken)
        {
            var begun = await inner.BeginAsync(attempt, cancellationToken);
            _lock = await DatabaseLock.TakeAsync(connectionString);
            return begun;
        }

        public Task<AuditCompletion> CompleteAsync(
            AuditAttempt attempt, AuditOutcome outcome, string? detail, string? requestId, CancellationToken cancellationToken) =>
            inner.CompleteAsync(attempt, outcome, detail, requestId, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            if (_lock is not null)
            {
                await _lock.DisposeAsync();
            }
        }
    }
}
