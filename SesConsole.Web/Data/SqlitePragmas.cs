using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SesConsole.Web.Data;

/// <summary>
/// The SQLite settings the console's database runs with, set on purpose on every connection it opens:
/// <list type="bullet">
/// <item><c>journal_mode=WAL</c>: readers (every operator's grid) never wait for the sync's, a job's or the audit
/// trail's writes, nor those writes for them (no "database is locked"); kept in the file once set, so this is a no-op
/// after the first connection.</item>
/// <item><c>synchronous=NORMAL</c>: in WAL mode a commit survives a crash of the app; only a power loss may undo the
/// last commits, never corrupt the file. The index can be read again from SES; the audit's write-ahead row is written
/// before SES is called either way.</item>
/// <item><c>cache_size</c> 16 MiB per connection and <c>mmap_size</c> 256 MiB: the index of 100,000 identities and its
/// indexes (about 60 MiB) are read from memory, not through read() calls.</item>
/// <item><c>temp_store=MEMORY</c>: a sort the indexes do not cover stays in memory.</item>
/// </list>
/// An in-memory database ignores WAL and mmap; the other settings still hold.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Statements =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16384; PRAGMA mmap_size=268435456; PRAGMA temp_store=MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Statements;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Statements;
            command.ExecuteNonQuery();
        }
    }
}
