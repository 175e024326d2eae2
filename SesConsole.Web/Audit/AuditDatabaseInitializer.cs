using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SesConsole.Web.Audit;

/// <summary>Creates the audit database (and its folder) at start, before the first mutation can be recorded.</summary>
public sealed class AuditDatabaseInitializer(IDbContextFactory<AuditDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.EnsureCreatedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
