using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Tests.Support;
using SesConsole.Web.Data;

namespace SesConsole.Tests.Integration.Data;

/// <summary>The console's SQLite file as the app opens it: write-ahead logging and the other settings of every connection.</summary>
[Trait("Category", "Integration")]
public sealed class SqlitePragmasTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task TheAppsDatabaseRunsInWalModeWithNormalSynchronousWrites()
    {
        var services = new ServiceCollection()
            .AddSesConsoleDbContext(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder.Path, "console.db")}")
            .BuildServiceProvider();
        await using (services)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<SesConsoleDbContext>>().CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();

            Assert.Equal("wal", await ScalarAsync(db, "PRAGMA journal_mode;"));
            Assert.Equal("1", await ScalarAsync(db, "PRAGMA synchronous;"));
        }
    }

    private static async Task<string?> ScalarAsync(SesConsoleDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
