using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SesConsole.Web.Audit;

namespace SesConsole.Tests.Integration.Data;

/// <summary>Databases made by <c>EnsureCreated</c> before the console used migrations.</summary>
[Trait("Category", "Integration")]
public sealed class PreMigrationsBaselineTests
{
    [Fact]
    public async Task DatabaseMadeByEnsureCreatedIsAdoptedWithItsRowsKept()
    {
        using var database = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(database.FilePath)!);
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            // What EnsureCreated made before migrations: the initial migration's tables and no history (the current
            // model's EnsureCreated would also make every later migration's tables).
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
            await db.Database.ExecuteSqlRawAsync("DROP TABLE __EFMigrationsHistory");
            db.AuditRecords.Add(new AuditRecord
            {
                At = DateTimeOffset.UnixEpoch, OperatorObjectId = "oid-1", OperatorName = "Ada", Region = "us-east-1",
                Identity = "old.example.com", Action = "Verify", Outcome = "Succeeded",
            });
            await db.SaveChangesAsync();
        }

        await database.InitializeAsync();

        Assert.Equal(["old.example.com"], await database.QueryStringsAsync("SELECT Identity FROM AuditRecords"));
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(
                db.Database.GetMigrations().Order(StringComparer.Ordinal).ToList(),
                await database.AppliedMigrationsAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
    }

    [Fact]
    public async Task OldDatabaseMissingATableFailsWithAClearMessageAndIsLeftAsItWas()
    {
        using var database = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(database.FilePath)!);
        await database.QueryStringsAsync("CREATE TABLE AuditRecords (Id INTEGER PRIMARY KEY AUTOINCREMENT)");
        var schemaBefore = await database.SchemaAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(database.InitializeAsync);

        Assert.Contains("lacks table(s) ShareLinks", error.Message, StringComparison.Ordinal);
        Assert.Equal(schemaBefore, await database.SchemaAsync());
    }
}
