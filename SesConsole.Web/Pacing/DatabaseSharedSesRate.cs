using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Ses.Pacing;
using SesConsole.Web.Data;

namespace SesConsole.Web.Pacing;

/// <summary>
/// SES's per-operation rate shared by the instances on one console database: a row per key holds when its next
/// request may go, claimed by one atomic statement (PostgreSQL: a conditional UPDATE ... RETURNING on the database's
/// own clock, so the instances' clocks need not agree) or one write transaction (SQLite: BEGIN IMMEDIATE, on this
/// machine's clock). A database that does not answer costs no operator their call: the request then keeps to this
/// instance's own pacing, and the failure is logged.
/// </summary>
public sealed partial class DatabaseSharedSesRate(
    IDbContextFactory<SesConsoleDbContext> contexts, TimeProvider time, ILogger<DatabaseSharedSesRate> logger) : ISharedSesRate
{
    /// <summary>Added to every slot: the claim is a database round trip before the request leaves, and the two
    /// requests of neighbouring slots may take different times to reach SES.</summary>
    public static readonly TimeSpan SlotGuard = TimeSpan.FromMilliseconds(50);

    private const string PostgresClaim = """
        WITH clock AS (SELECT (EXTRACT(EPOCH FROM clock_timestamp()) * 10000000)::bigint + 621355968000000000 AS now),
        claimed AS (
            UPDATE "SesRateSlots" AS s SET "NextFreeAt" = clock.now + @length
            FROM clock WHERE s."Key" = @key AND s."NextFreeAt" + @holdback <= clock.now
            RETURNING 0::bigint AS wait)
        SELECT COALESCE(
            (SELECT wait FROM claimed),
            (SELECT s."NextFreeAt" + @holdback - clock.now FROM "SesRateSlots" AS s, clock WHERE s."Key" = @key),
            0)
        """;

    private readonly ConcurrentDictionary<string, bool> _rowsMade = new(StringComparer.Ordinal);

    public async Task<TimeSpan> TryClaimAsync(string key, TimeSpan interval, bool background, CancellationToken cancellationToken)
    {
        var length = (interval + SlotGuard).Ticks;
        var holdback = background ? interval.Ticks : 0;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var wait = connection is SqliteConnection sqlite
                ? await ClaimOnSqliteAsync(sqlite, key, length, holdback, cancellationToken)
                : await ClaimOnPostgresAsync(connection, key, length, holdback, cancellationToken);
            return wait > 0 ? TimeSpan.FromTicks(wait) : TimeSpan.Zero;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            LogClaimFailed(key, ex.GetType().Name, ex.Message);
            return TimeSpan.Zero;
        }
    }

    private async Task<long> ClaimOnPostgresAsync(DbConnection connection, string key, long length, long holdback, CancellationToken cancellationToken)
    {
        if (!_rowsMade.ContainsKey(key))
        {
            await using var make = Command(connection, """
                INSERT INTO "SesRateSlots" ("Key", "NextFreeAt") VALUES (@key, 0) ON CONFLICT ("Key") DO NOTHING
                """, key);
            await make.ExecuteNonQueryAsync(cancellationToken);
            _rowsMade[key] = true;
        }

        await using var claim = Command(connection, PostgresClaim, key, ("length", length), ("holdback", holdback));
        return Convert.ToInt64(await claim.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<long> ClaimOnSqliteAsync(SqliteConnection connection, string key, long length, long holdback, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = time.GetUtcNow().UtcTicks;
        await using var read = Command(connection, """
            INSERT OR IGNORE INTO "SesRateSlots" ("Key", "NextFreeAt") VALUES (@key, 0);
            SELECT "NextFreeAt" FROM "SesRateSlots" WHERE "Key" = @key;
            """, key);
        read.Transaction = transaction;
        var nextFree = (long)(await read.ExecuteScalarAsync(cancellationToken))!;
        var wait = nextFree + holdback - now;
        if (wait <= 0)
        {
            await using var take = Command(connection, """UPDATE "SesRateSlots" SET "NextFreeAt" = @until WHERE "Key" = @key""", key, ("until", now + length));
            take.Transaction = transaction;
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return wait;
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared SES rate slot of {Key} could not be claimed ({ErrorType}: {Error}); this request keeps to this instance's pacing only")]
    private partial void LogClaimFailed(string key, string errorType, string error);
}
