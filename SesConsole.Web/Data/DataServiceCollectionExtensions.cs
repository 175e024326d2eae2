using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SesConsole.Web.Hosting;

namespace SesConsole.Web.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "SesConsole";

    /// <summary>The console's database: SQLite by default, chosen by <c>ConnectionStrings:SesConsole</c>.</summary>
    public static IServiceCollection AddSesConsoleData(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupRefusedException(
                $"Configuration value 'ConnectionStrings:{ConnectionStringName}' is missing; the audit trail needs a database.");
        }

        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(sqlite.DataSource) && sqlite.DataSource != ":memory:" && !Path.IsPathRooted(sqlite.DataSource))
        {
            // A relative file lives next to the app's content, not wherever the process happened to start.
            sqlite.DataSource = Path.Combine(environment.ContentRootPath, sqlite.DataSource);
        }

        services.AddDbContextFactory<SesConsoleDbContext>(options => options.UseSqlite(sqlite.ToString()));
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    /// <summary>The folder of the console's own files: the SQLite database's folder, or <c>App_Data</c> when the
    /// database is not a local file.</summary>
    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var dataSource = string.IsNullOrWhiteSpace(connectionString) ? null : new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:"
            ? Path.Combine(environment.ContentRootPath, "App_Data")
            : Path.GetDirectoryName(Path.GetFullPath(dataSource, environment.ContentRootPath))!;
    }
}
