using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Core.Operators;
using SesConsole.LocalSes;
using SesConsole.Web.Data;
using SesConsole.Web.Index;

namespace SesConsole.Benchmarks;

/// <summary>LocalSes on loopback (its store seeded directly) and our Core with the identity index in a console
/// database file: measures the sync's SES calls and wall time and the grid's queries on the index.</summary>
internal sealed class IndexBenchmark : IAsyncDisposable
{
    public const string Region = "us-east-1";
    private const string AccessKey = "AKIALOCALSES0000000";
    private const string Secret = "LocalSesFakeSecretKeyNotForAws0000000000";

    /// <summary>When set (a PostgreSQL connection string whose user may create databases), the console database is a
    /// new PostgreSQL database on that server, dropped at the end; otherwise a SQLite file as the app's default.</summary>
    public const string PostgresVariable = "SESCONSOLE_BENCH_POSTGRES";

    private readonly LocalSesOptions _options;
    private readonly string _consoleDatabase;
    private readonly string? _postgres;
    private readonly string? _postgresDatabase;
    private LocalSesServer? _server;

    private IndexBenchmark(string folder)
    {
        _postgres = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;
        _postgresDatabase = _postgres is null ? null : string.Create(CultureInfo.InvariantCulture, $"sesconsole_bench_{Environment.ProcessId}");
        _options = new LocalSesOptions
        {
            Url = "http://127.0.0.1:0",
            DatabasePath = Path.Combine(folder, "localses.db"),
            Credentials = [new LocalSesCredential { AccessKeyId = AccessKey, SecretAccessKey = Secret }],
            DnsCheckInterval = TimeSpan.Zero,
        };
        _consoleDatabase = Path.Combine(folder, "sesconsole.db");
    }

    public LocalSesServer Server => _server ?? throw new InvalidOperationException("LocalSes is not running.");

    public string ConsoleDatabase => _consoleDatabase;

    /// <summary>Where the console's database is, for the report.</summary>
    public string DatabaseDescription => _postgres is null ? "SQLite file" : "PostgreSQL";

    /// <summary>The console database's size on disk.</summary>
    public async Task<long> DatabaseBytesAsync()
    {
        if (_postgres is null)
        {
            return new FileInfo(_consoleDatabase).Length;
        }

        await using var connection = new Npgsql.NpgsqlConnection(PostgresConnection(_postgresDatabase!));
        await connection.OpenAsync();
        await using var size = new Npgsql.NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await size.ExecuteScalarAsync())!;
    }

    /// <summary>Creates LocalSes's store, writes <paramref name="count"/> identities straight into it (a third each
    /// Pending, Success, Failed; half email addresses, half domains), then starts LocalSes over it.</summary>
    public static async Task<IndexBenchmark> StartSeededAsync(string folder, int count)
    {
        var benchmark = new IndexBenchmark(folder);
        await benchmark.CreatePostgresDatabaseAsync();
        await (await LocalSesServer.StartAsync(benchmark._options, CancellationToken.None)).DisposeAsync();
        await using (var connection = new SqliteConnection($"Data Source={benchmark._options.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO identities (region, name, type, status, token, created_at, started_at)
                VALUES ($region, $name, $type, $status, $token, $now, $now)
                """;
            var region = insert.Parameters.Add("$region", SqliteType.Text);
            var name = insert.Parameters.Add("$name", SqliteType.Text);
            var type = insert.Parameters.Add("$type", SqliteType.Text);
            var status = insert.Parameters.Add("$status", SqliteType.Text);
            var token = insert.Parameters.Add("$token", SqliteType.Text);
            var now = insert.Parameters.Add("$now", SqliteType.Integer);
            string[] statuses = ["Pending", "Success", "Failed"];
            for (var i = 0; i < count; i++)
            {
                region.Value = Region;
                name.Value = NameOf(i);
                type.Value = i % 2 == 0 ? "EmailAddress" : "Domain";
                status.Value = statuses[i % 3];
                token.Value = string.Create(CultureInfo.InvariantCulture, $"token{i:D6}");
                now.Value = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        SqliteConnection.ClearAllPools();
        benchmark._server = await LocalSesServer.StartAsync(benchmark._options, CancellationToken.None);
        return benchmark;
    }

    public static string NameOf(int i) => i % 2 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"sender{i:D6}@bench{i % 97}.example.com")
        : string.Create(CultureInfo.InvariantCulture, $"d{i:D6}.bench.example");

    public void SetConditions(TimeSpan addedLatency, bool enforceSesRateLimit)
    {
        Server.Knobs.AddedLatency = addedLatency;
        Server.Knobs.EnforceSesRateLimit = enforceSesRateLimit;
    }

    /// <summary>Our Core as the app holds it, with the index in the console database file (one "app instance").</summary>
    public async Task<ServiceProvider> StartAppAsync(double requestsPerSecond, double backgroundShare)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ses:Mode"] = "Local",
            ["Ses:Regions:0"] = Region,
            ["Ses:ServiceUrl"] = Server.BaseAddress.ToString(),
            ["Ses:AccessKeyId"] = AccessKey,
            ["Ses:SecretAccessKey"] = Secret,
            ["Ses:RequestsPerSecondPerOperation"] = requestsPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Ses:BackgroundShare"] = backgroundShare.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<BenchmarkOperator>()
            .AddScoped<ICurrentOperator>(sp => sp.GetRequiredService<BenchmarkOperator>())
            .AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<BenchmarkOperator>())
            .AddSesConsoleDbContext(
                _postgres is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres,
                _postgres is null ? $"Data Source={_consoleDatabase}" : PostgresConnection(_postgresDatabase!))
            .AddSingleton<IIdentityIndex, EfIdentityIndex>()
            .AddSesConsoleCore(configuration)
            .BuildServiceProvider();
        await new DatabaseInitializer(services.GetRequiredService<IDbContextFactory<SesConsoleDbContext>>()).StartAsync(CancellationToken.None);
        return services;
    }

    /// <summary>The listing part of a full sync pass as the background service runs it (background lane), timed.</summary>
    public static async Task<(TimeSpan Elapsed, IReadOnlyList<IdentityIndexSync.ListedName> Listed)> ListingPassAsync(ServiceProvider app)
    {
        var watch = Stopwatch.StartNew();
        var listed = await app.GetRequiredService<IdentityIndexSync>().ListingPassAsync(Region, pending: null, CancellationToken.None);
        return (watch.Elapsed, listed);
    }

    /// <summary>The rest of the full pass: DKIM of every domain and feedback topics of every identity, timed.</summary>
    public static async Task<TimeSpan> AttributesPassAsync(ServiceProvider app, IReadOnlyList<IdentityIndexSync.ListedName> listed)
    {
        var watch = Stopwatch.StartNew();
        await app.GetRequiredService<IdentityIndexSync>().AttributesPassAsync(Region, listed, pending: null, CancellationToken.None);
        return watch.Elapsed;
    }

    /// <summary>One grid query through the operator's read service, timed on the server side.</summary>
    public static async Task<(TimeSpan Elapsed, IdentityPage Page)> QueryAsync(ServiceProvider app, IdentityQuery query)
    {
        await using var scope = app.CreateAsyncScope();
        var reads = scope.ServiceProvider.GetRequiredService<IIdentityReads>();
        var watch = Stopwatch.StartNew();
        var outcome = await reads.ListAsync(Region, query, CancellationToken.None);
        watch.Stop();
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"The query failed: {outcome.Failure.Message}");
        }

        return (watch.Elapsed, outcome.Value);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_postgres is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new Npgsql.NpgsqlConnection(_postgres);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task CreatePostgresDatabaseAsync()
    {
        if (_postgres is null)
        {
            return;
        }

        await using var connection = new Npgsql.NpgsqlConnection(_postgres);
        await connection.OpenAsync();
        await using var create = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE); CREATE DATABASE {_postgresDatabase}", connection);
        await create.ExecuteNonQueryAsync();
    }

    private string PostgresConnection(string database) =>
        new Npgsql.NpgsqlConnectionStringBuilder(_postgres) { Database = database }.ConnectionString;
}
