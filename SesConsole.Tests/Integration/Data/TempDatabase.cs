using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Web.Data;

namespace SesConsole.Tests.Integration.Data;

/// <summary>A console database file in a fresh temp folder (in a subfolder that does not exist yet).</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("sesconsole-migrations-").FullName;
    private readonly ServiceProvider services;

    public TempDatabase()
    {
        FilePath = Path.Combine(root, "App_Data", "sesconsole.db");
        services = new ServiceCollection()
            .AddDbContextFactory<SesConsoleDbContext>(options => options.UseSqlite($"Data Source={FilePath}"))
            .BuildServiceProvider();
    }

    public string FilePath { get; }

    public IDbContextFactory<SesConsoleDbContext> Contexts => services.GetRequiredService<IDbContextFactory<SesConsoleDbContext>>();

    public Task InitializeAsync() => new DatabaseInitializer(Contexts).StartAsync(CancellationToken.None);

    public async Task<List<string>> QueryStringsAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={FilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetString(i))));
        }

        return values;
    }

    public Task<List<string>> TablesAsync() =>
        QueryStringsAsync("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");

    public Task<List<string>> SchemaAsync() =>
        QueryStringsAsync("SELECT type, name, sql FROM sqlite_master ORDER BY type, name");

    public Task<List<string>> AppliedMigrationsAsync() =>
        QueryStringsAsync("SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId");

    public void Dispose()
    {
        services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
