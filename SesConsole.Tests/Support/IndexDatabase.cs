using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Web.Data;
using SesConsole.Web.Index;

namespace SesConsole.Tests.Support;

/// <summary>The identity index in a real console database: a migrated SQLite file in a temp folder (or a given file,
/// so two indexes can share one database as two app instances do).</summary>
internal sealed class IndexDatabase : IDisposable
{
    private readonly string? _ownedFolder;
    private readonly ServiceProvider _services;

    public IndexDatabase(string? filePath = null)
    {
        if (filePath is null)
        {
            _ownedFolder = Directory.CreateTempSubdirectory("sesconsole-index-").FullName;
            filePath = Path.Combine(_ownedFolder, "sesconsole.db");
        }

        FilePath = filePath;
        _services = new ServiceCollection()
            .AddDbContextFactory<SesConsoleDbContext>(options => options.UseSqlite($"Data Source={FilePath}"))
            .BuildServiceProvider();
        new DatabaseInitializer(Contexts).StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        Index = new EfIdentityIndex(Contexts);
    }

    public string FilePath { get; }

    public IDbContextFactory<SesConsoleDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<SesConsoleDbContext>>();

    public EfIdentityIndex Index { get; }

    public void Dispose()
    {
        _services.Dispose();
        if (_ownedFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_ownedFolder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold a handle for a moment; the OS cleans temp folders.
            }
        }
    }
}
