using Microsoft.EntityFrameworkCore;
using SesConsole.Web.Audit;
using SesConsole.Web.Data;
using SesConsole.Web.Sharing;

namespace SesConsole.Tests.Integration.Data;

[Trait("Category", "Integration")]
public sealed class DatabaseMigrationTests
{
    [Fact]
    public async Task InitializerMigratesAnEmptyFileToBothTablesAndRecordsEveryMigration()
    {
        using var database = new TempDatabase();

        await database.InitializeAsync();

        Assert.True(File.Exists(database.FilePath));
        var tables = await database.TablesAsync();
        Assert.Contains("AuditRecords", tables);
        Assert.Contains("ShareLinks", tables);
        await using var db = await database.Contexts.CreateDbContextAsync();
        var known = db.Database.GetMigrations().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(known);
        Assert.Equal(known, await database.AppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task MigratedDatabaseStoresAndReadsBackBothEntities()
    {
        using var database = new TempDatabase();
        await database.InitializeAsync();
        var at = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
        var linkId = Guid.NewGuid();

        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            db.AuditRecords.Add(new AuditRecord
            {
                At = at, OperatorObjectId = "oid-1", OperatorName = "Ada", Region = "eu-west-1",
                Identity = "example.com", Action = "Verify", Outcome = "Succeeded",
            });
            db.ShareLinks.Add(new ShareLink
            {
                Id = linkId, Region = "eu-west-1", Domain = "example.com", CreatedByName = "Ada",
                CreatedByObjectId = "oid-1", CreatedAt = at, ExpiresAt = at.AddDays(7),
            });
            await db.SaveChangesAsync();
        }

        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            var record = await db.AuditRecords.SingleAsync();
            Assert.Equal(("Ada", "example.com", at), (record.OperatorName, record.Identity, record.At));
            var link = await db.ShareLinks.SingleAsync(l => l.Region == "eu-west-1" && l.Domain == "example.com");
            Assert.Equal((linkId, at.AddDays(7), (DateTimeOffset?)null), (link.Id, link.ExpiresAt, link.RevokedAt));
        }
    }

    [Fact]
    public async Task MigratingAnUpToDateDatabaseAgainChangesNothing()
    {
        using var database = new TempDatabase();
        await database.InitializeAsync();
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            db.AuditRecords.Add(new AuditRecord
            {
                At = DateTimeOffset.UnixEpoch, OperatorObjectId = "oid-1", OperatorName = "Ada", Region = "us-east-1",
                Identity = "a@example.com", Action = "Delete", Outcome = "Succeeded",
            });
            await db.SaveChangesAsync();
        }

        var schemaBefore = await database.SchemaAsync();
        var historyBefore = await database.AppliedMigrationsAsync();

        await database.InitializeAsync();

        Assert.Equal(schemaBefore, await database.SchemaAsync());
        Assert.Equal(historyBefore, await database.AppliedMigrationsAsync());
        Assert.Equal(["a@example.com"], await database.QueryStringsAsync("SELECT Identity FROM AuditRecords"));
    }

    [Fact]
    public async Task ModelHasNoChangesMissingFromAMigration()
    {
        using var database = new TempDatabase();
        await using var db = await database.Contexts.CreateDbContextAsync();

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "SesConsoleDbContext's model differs from the last migration; add one: dotnet tool restore && dotnet ef migrations add <Name> --project SesConsole.Web --context SesConsoleDbContext --output-dir Data/Migrations");
    }

    [Fact]
    public void PostgresModelHasNoChangesMissingFromAMigration()
    {
        // Comparing the model with the last PostgreSQL migration's snapshot needs no server.
        using var db = new PostgresDesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "PostgresSesConsoleDbContext's model differs from the last PostgreSQL migration; add one: dotnet tool restore && dotnet ef migrations add <Name> --project SesConsole.Web --context PostgresSesConsoleDbContext --output-dir Data/PostgresMigrations");
    }
}
