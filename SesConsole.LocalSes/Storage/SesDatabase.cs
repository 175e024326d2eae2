using Microsoft.Data.Sqlite;

namespace SesConsole.LocalSes.Storage;

/// <summary>
/// The SQLite file behind LocalSes (WAL mode). Reads run on their own pooled connections; writes are serialized
/// through one gate and each runs in one immediate transaction, so concurrent requests never lose an update.
/// </summary>
internal sealed class SesDatabase : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS identities (
            region TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            status TEXT NOT NULL,
            token TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            dkim_enabled INTEGER NOT NULL DEFAULT 0,
            dkim_status TEXT NOT NULL DEFAULT 'NotStarted',
            dkim_tokens TEXT NULL,
            dkim_started_at INTEGER NULL,
            mail_from_domain TEXT NULL,
            mail_from_behavior TEXT NOT NULL DEFAULT 'UseDefaultValue',
            mail_from_status TEXT NULL,
            mail_from_started_at INTEGER NULL,
            PRIMARY KEY (region, name)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS policies (
            region TEXT NOT NULL,
            identity TEXT NOT NULL,
            name TEXT NOT NULL,
            document TEXT NOT NULL,
            PRIMARY KEY (region, identity, name)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            region TEXT NOT NULL,
            identity TEXT NOT NULL,
            recipient TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            link TEXT NOT NULL,
            sent_at INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS email_tokens (
            token TEXT PRIMARY KEY,
            region TEXT NOT NULL,
            identity TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS email_tokens_identity ON email_tokens (region, identity);
        CREATE TABLE IF NOT EXISTS notification_settings (
            region TEXT NOT NULL,
            identity TEXT NOT NULL,
            bounce_topic TEXT NULL,
            complaint_topic TEXT NULL,
            delivery_topic TEXT NULL,
            forwarding INTEGER NOT NULL DEFAULT 1,
            headers_bounce INTEGER NOT NULL DEFAULT 0,
            headers_complaint INTEGER NOT NULL DEFAULT 0,
            headers_delivery INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (region, identity)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS sent_mail (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            region TEXT NOT NULL,
            message_id TEXT NOT NULL,
            source TEXT NOT NULL,
            recipient TEXT NOT NULL,
            counts_toward_quota INTEGER NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            sent_at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS sent_mail_region_time ON sent_mail (region, sent_at);
        CREATE TABLE IF NOT EXISTS verification_checks (
            region TEXT NOT NULL,
            identity TEXT NOT NULL,
            checked_at INTEGER NOT NULL,
            success_at INTEGER NULL,
            error_type TEXT NULL,
            soa_primary TEXT NULL,
            soa_admin TEXT NULL,
            soa_serial INTEGER NULL,
            PRIMARY KEY (region, identity)
        ) WITHOUT ROWID;
        """;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public SesDatabase(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL;";
        await wal.ExecuteNonQueryAsync(ct);
        await using var schema = connection.CreateCommand();
        schema.CommandText = Schema;
        await schema.ExecuteNonQueryAsync(ct);
    }

    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await read(connection);
    }

    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken ct)
    {
        await _writeGate.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            var result = await write(connection, transaction);
            await transaction.CommitAsync(ct);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _writeGate.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }
}
