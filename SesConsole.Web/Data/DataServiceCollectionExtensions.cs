using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SesConsole.Web.Hosting;

namespace SesConsole.Web.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "SesConsole";

    public const string ProviderKey = "Database:Provider";

    /// <summary>
    /// The console's database, chosen by <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>Postgres</c>)
    /// with its connection from <c>ConnectionStrings:SesConsole</c>. Each provider keeps its own migrations.
    /// </summary>
    public static IServiceCollection AddSesConsoleData(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupRefusedException(
                $"Configuration value 'ConnectionStrings:{ConnectionStringName}' is missing; the audit trail needs a database.");
        }

        var provider = Provider(configuration);
        services.AddSesConsoleDbContext(
            provider, provider == DatabaseProvider.Sqlite ? SqliteConnectionString(connectionString, environment) : connectionString);

        // First of all hosted services: Data Protection loads its key ring from this database when the host starts.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseInitializer>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.ReadyTag]);
        return services;
    }

    /// <summary>The console's database context factory for <paramref name="provider"/>, as the app runs it (SQLite with
    /// <see cref="SqlitePragmas"/>); the benchmarks use it too.</summary>
    public static IServiceCollection AddSesConsoleDbContext(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextFactory<SesConsoleDbContext, PostgresSesConsoleDbContextFactory>(
                options => options.UseNpgsql(connectionString),
                ServiceLifetime.Singleton);
        }
        else
        {
            services.AddDbContextFactory<SesConsoleDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()));
        }

        return services;
    }

    /// <summary>The configured provider; an unknown name stops the app at start with the key and the choices.</summary>
    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        var configured = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(configured.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException(
                $"Configuration value '{ProviderKey}' is '{configured}'; use {string.Join(" or ", Enum.GetNames<DatabaseProvider>())}.");
    }

    private static string SqliteConnectionString(string connectionString, IHostEnvironment environment)
    {
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(sqlite.DataSource) && sqlite.DataSource != ":memory:" && !Path.IsPathRooted(sqlite.DataSource))
        {
            // A relative file lives next to the app's content, not wherever the process happened to start.
            sqlite.DataSource = Path.Combine(environment.ContentRootPath, sqlite.DataSource);
        }

        return sqlite.ToString();
    }

    /// <summary>The folder of the console's own files: the SQLite database's folder, or <c>App_Data</c> when the
    /// database is not a local file (in memory, or PostgreSQL).</summary>
    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var dataSource = string.IsNullOrWhiteSpace(connectionString) || Provider(configuration) != DatabaseProvider.Sqlite
            ? null
            : new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:"
            ? Path.Combine(environment.ContentRootPath, "App_Data")
            : Path.GetDirectoryName(Path.GetFullPath(dataSource, environment.ContentRootPath))!;
    }
}
