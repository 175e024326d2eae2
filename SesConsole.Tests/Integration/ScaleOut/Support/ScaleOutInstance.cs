using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Support.Hosting;
using SesConsole.Web.Data;

namespace SesConsole.Tests.Integration.ScaleOut.Support;

/// <summary>
/// One app instance as it runs behind a load balancer: the real app (Testing environment) on a PostgreSQL database
/// shared with its siblings, its SES client pointed at one LocalSes that all instances share (so LocalSes counts what
/// they send together), and an instance id of its own.
/// </summary>
internal sealed class ScaleOutInstance(
    string instanceId,
    string connectionString,
    LocalSesEndpoint ses,
    IReadOnlyDictionary<string, string?>? settings = null,
    bool kestrel = false,
    string? dataFolder = null)
    : SesConsoleAppFactory(new SesConsoleAppOptions
    {
        Regions = [LocalSesEndpoint.Region],
        Kestrel = kestrel,
        DataFolder = dataFolder,
        Settings = Combine(instanceId, connectionString, ses, settings, dataFolder),
    })
{
    /// <summary>The response header that names the instance that answered (added by the test host only).</summary>
    public const string AnsweredByHeader = "X-Test-Answered-By";

    public string InstanceId { get; } = instanceId;

    /// <summary>Settings of an instance that syncs the index with this lease, listing once an hour (so a test sees
    /// each holder's first pass only) and using SES's whole rate (the tests measure calls and the lease, not
    /// sharing).</summary>
    public static IReadOnlyDictionary<string, string?> SyncingWithLease(TimeSpan leaseDuration) => new Dictionary<string, string?>
    {
        ["Index:SyncEnabled"] = "true",
        ["Index:LeaseDuration"] = leaseDuration.ToString(),
        ["Index:FullSyncInterval"] = "01:00:00",
        ["Index:PendingSyncInterval"] = "01:00:00",
        ["Ses:BackgroundShare"] = "1",
        ["Ses:RequestsPerSecondPerOperation"] = "50",
    };

    /// <summary>The same instance's settings for the real web process (<see cref="WebAppProcess"/>): what this factory
    /// sets, plus what its base sets for an app without LocalSes (Aws mode pointed at <paramref name="ses"/>, one
    /// region, a sign-in provider nobody contacts).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> ProcessSettings(
        string instanceId, string connectionString, LocalSesEndpoint ses, IReadOnlyDictionary<string, string?>? settings, string dataFolder) =>
    [
        new("Ses:Mode", "Aws"),
        new("Ses:Regions:0", LocalSesEndpoint.Region),
        .. UnreachableSignInSettings,
        .. Combine(instanceId, connectionString, ses, settings, dataFolder),
    ];

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter>(new AnsweredBy(InstanceId));

    private static Dictionary<string, string?> Combine(
        string instanceId, string connectionString, LocalSesEndpoint ses, IReadOnlyDictionary<string, string?>? settings, string? dataFolder)
    {
        var all = new Dictionary<string, string?>
        {
            [DataServiceCollectionExtensions.ProviderKey] = "Postgres",
            ["ConnectionStrings:SesConsole"] = connectionString,
            ["Instance:Id"] = instanceId,
            ["Ses:ServiceUrl"] = ses.BaseAddress.ToString(),
            ["Ses:AccessKeyId"] = LocalSesEndpoint.AccessKeyId,
            ["Ses:SecretAccessKey"] = LocalSesEndpoint.SecretAccessKey,
            ["Ses:AccountId"] = LocalSesEndpoint.AccountId,
            ["Index:SyncEnabled"] = "false",
            // On PostgreSQL the data folder is the app's App_Data; tests keep their queues in a temporary folder.
            ["Audit:QueueFolder"] = Path.Combine(dataFolder ?? Directory.CreateTempSubdirectory("sesconsole-scaleout-").FullName, "audit-queue"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>Stamps every response with the instance's id, so a test behind a proxy sees who answered.</summary>
    private sealed class AnsweredBy(string instanceId) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[AnsweredByHeader] = instanceId;
                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
