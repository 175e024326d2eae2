using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SesConsole.Web.Data;

/// <summary>Creates or upgrades the console's database (and its folder) at start, before the first mutation is recorded.
/// Migrations, not <c>EnsureCreated</c>: a deployed database must follow every later schema change.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<SesConsoleDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await PreMigrationsBaseline.AdoptAsync(db, cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
