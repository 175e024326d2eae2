using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SesConsole.Web.Data;

/// <summary>Adopts a database that <c>EnsureCreated</c> made before the console used migrations: its tables are the
/// initial migration's, so that migration is recorded as applied instead of failing on "table already exists".</summary>
internal static class PreMigrationsBaseline
{
    private static readonly string[] InitialTables = ["AuditRecords", "ShareLinks"];

    public static async Task AdoptAsync(SesConsoleDbContext db, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        if (await history.ExistsAsync(cancellationToken))
        {
            return;
        }

        var tables = await db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
            .ToListAsync(cancellationToken);
        var present = InitialTables.Where(tables.Contains).ToList();
        if (present.Count == 0)
        {
            return;
        }

        if (present.Count != InitialTables.Length)
        {
            var missing = string.Join(", ", InitialTables.Except(present));
            throw new InvalidOperationException(
                $"The console database was created by an older version without migrations and lacks table(s) {missing}; move the database file aside and restart to create a new one.");
        }

        var initialMigration = db.Database.GetMigrations().First();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(history.GetCreateScript(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            history.GetInsertScript(new HistoryRow(initialMigration, ProductInfo.GetVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
