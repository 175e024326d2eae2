using SesConsole.Web.Data;

namespace SesConsole.Web.Audit;

/// <summary>
/// Where this instance queues the audit completions its database refused: under <c>Audit:QueueFolder</c> (default
/// <c>audit-queue</c> in the data folder: beside the SQLite database, or <c>App_Data</c>). One instance (SQLite): that
/// folder. Several instances on one PostgreSQL database: a folder of this instance's own beneath it,
/// <c>&lt;Instance:Id&gt;</c> (default: the machine's name), so no instance replays another's queue. The drainer locks
/// its folder while it runs, so two instances configured onto one folder stop at start instead of sharing it.
/// </summary>
public static class AuditQueueFolder
{
    public const string FolderKey = "Audit:QueueFolder";

    public const string InstanceIdKey = "Instance:Id";

    public static string For(IConfiguration configuration, IHostEnvironment environment)
    {
        var root = configuration[FolderKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : Path.Combine(DataServiceCollectionExtensions.DataFolder(configuration, environment), "audit-queue");
        if (DataServiceCollectionExtensions.Provider(configuration) != DatabaseProvider.Postgres)
        {
            return root;
        }

        var instance = configuration[InstanceIdKey] is { Length: > 0 } id ? id.Trim() : Environment.MachineName;
        if (instance.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || instance is "." or "..")
        {
            throw new InvalidOperationException(
                $"Configuration value '{InstanceIdKey}' is '{instance}'; use letters, digits, '-' or '_' (it names this instance's audit queue folder).");
        }

        return Path.Combine(root, instance);
    }
}
