namespace SesConsole.Web.Data;

/// <summary>Which database holds the console's own data (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A local file: the embedded default, one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: the option for two or more instances behind a load balancer.</summary>
    Postgres,
}
