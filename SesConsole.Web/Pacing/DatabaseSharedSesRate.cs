using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Ses.Pacing;
using SesConsole.Web.Data;

namespace SesConsole.Web.Pacing;

/// <summary>
/// SES's per-operation rate shared by the instances on one console database, one row per key (region/operation):
/// <c>NextFreeAt</c> is when the key's next request may go. A claim takes a free key by moving it to "held" (now +
/// <see cref="InFlightHold"/>, whose value is the claim's token) in one atomic statement (PostgreSQL: a conditional
/// UPDATE ... RETURNING on the database's own clock, so the instances' clocks need not agree) or one write transaction
/// (SQLite: BEGIN IMMEDIATE, on this machine's clock); the release after the answer sets it to now + one interval.
/// An instance that dies mid-request holds its key for at most <see cref="InFlightHold"/>. A database that does not
/// answer costs no operator their call: the request keeps to this instance's own pacing, and the failure is logged.
/// </summary>
public sealed partial class DatabaseSharedSesRate(
    IDbContextFactory<SesConsoleDbContext> contexts, TimeProvider time, ILogger<DatabaseSharedSesRate> logger) : ISharedSesRate
{
    /// <summary>How long a claimed key stays held if its release never comes (the instance died mid-request).</summary>
    public static readonly TimeSpan InFlightHold = TimeSpan.FromSeconds(10);

    /// <summary>A refused claim asks again after at most this long: a held key frees as soon as its answer is back.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(250);

    private const string PostgresNow = "(EXTRACT(EPOCH FROM clock_timestamp()) * 10000000)::bigint + 621355968000000000";

    private const string PostgresClaim = $"""
        WITH clock AS (SELECT {PostgresNow} AS now),
        claimed AS (
            UPDATE "SesRateSlots" AS s SET "NextFreeAt" = clock.now + @hold
            FROM clock WHERE s."Key" = @key AND s."NextFreeAt" + @holdback <= clock.now
            RETURNING s."NextFreeAt" AS token)
        SELECT
            (SELECT token FROM claimed),
            (SELECT s."NextFreeAt" + @holdback - clock.now FROM "SesRateSlots" AS s, clock WHERE s."Key" = @key)
        """;

    private const string PostgresRelease = $"""
        UPDATE "SesRateSlots" SET "NextFreeAt" = {PostgresNow} + @interval WHERE "Key" = @key AND "NextFreeAt" = @token
        """;

    private readonly ConcurrentDictionary<string, bool> _rowsMade = new(StringComparer.Ordinal);

    public async Task<SharedRateClaim> TryClaimAsync(string key, TimeSpan interval, bool background, CancellationToken cancellationToken)
    {
        var holdback = background ? interval.Ticks : 0;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var (token, wait) = connection is SqliteConnection sqlite
                ? await ClaimOnSqliteAsync(sqlite, key, holdback, cancellationToken)
                : await ClaimOnPostgresAsync(connection, key, holdback, cancellationToken);
            return token is { } taken
                ? new SharedRateClaim(TimeSpan.Zero, taken)
                : SharedRateClaim.WaitFor(TimeSpan.FromTicks(Math.Clamp(wait, TimeSpan.TicksPerMillisecond, MaxWait.Ticks)));
        }
        catch (Exception ex) when (IsDatabaseFailure(ex, cancellationToken))
        {
            LogFailed(ex, key, "claimed");
            return SharedRateClaim.Unshared;
        }
    }

    public async Task ReleaseAsync(string key, SharedRateClaim claim, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            await using var release = connection is SqliteConnection
                ? Command(connection, """UPDATE "SesRateSlots" SET "NextFreeAt" = @until WHERE "Key" = @key AND "NextFreeAt" = @token""",
                    key, ("until", time.GetUtcNow().UtcTicks + interval.Ticks), ("token", claim.Token))
                : Command(connection, PostgresRelease, key, ("interval", interval.Ticks), ("token", claim.Token));
            await release.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (IsDatabaseFailure(ex, cancellationToken))
        {
            LogFailed(ex, key, "released");
        }
    }

    private async Task<(long? Token, long Wait)> ClaimOnPostgresAsync(DbConnection connection, string key, long holdback, CancellationToken cancellationToken)
    {
        if (!_rowsMade.ContainsKey(key))
        {
            await using var make = Command(connection, """
                INSERT INTO "SesRateSlots" ("Key", "NextFreeAt") VALUES (@key, 0) ON CONFLICT ("Key") DO NOTHING
                """, key);
            await make.ExecuteNonQueryAsync(cancellationToken);
            _rowsMade[key] = true;
        }

        await using var claim = Command(connection, PostgresClaim, key, ("hold", InFlightHold.Ticks), ("holdback", holdback));
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.IsDBNull(0) ? null : reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1));
    }

    private async Task<(long? Token, long Wait)> ClaimOnSqliteAsync(SqliteConnection connection, string key, long holdback, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = time.GetUtcNow().UtcTicks;
        await using var read = Command(connection, """
            INSERT OR IGNORE INTO "SesRateSlots" ("Key", "NextFreeAt") VALUES (@key, 0);
            SELECT "NextFreeAt" FROM "SesRateSlots" WHERE "Key" = @key;
            """, key);
        read.Transaction = transaction;
        var wait = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) + holdback - now;
        long? token = null;
        if (wait <= 0)
        {
            token = now + InFlightHold.Ticks;
            await using var take = Command(connection, """UPDATE "SesRateSlots" SET "NextFreeAt" = @token WHERE "Key" = @key""", key, ("token", token.Value));
            take.Transaction = transaction;
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (token, wait);
    }

    private static bool IsDatabaseFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is DbException or InvalidOperationException or TimeoutException && !cancellationToken.IsCancellationRequested;

    private static DbCommand Command(DbConnection connection, string sql, string key, params (string Name, long Value)[] numbers)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "key", key);
        foreach (var (name, value) in numbers)
        {
            Add(command, name, value);
        }

        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private void LogFailed(Exception ex, string key, string what) => LogSharedRateFailed(key, what, ex.GetType().Name, ex.Message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared SES rate of {Key} could not be {What} ({ErrorType}: {Error}); this request keeps to this instance's pacing only")]
    private partial void LogSharedRateFailed(string key, string what, string errorType, string error);
}
