using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SesConsole.Tests.Support.SignIn;

/// <summary>
/// The app as it would start in Production against real SES and a real Entra tenant: complete settings (with a
/// made-up tenant), minus or plus whatever a test overrides. Nothing is contacted: the tests only start it.
/// </summary>
public sealed class ProductionAppFactory(IReadOnlyDictionary<string, string?> overrides, string environment = "Production")
    : WebApplicationFactory<global::SesConsole.Web.Program>
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("sesconsole-prod-").FullName;

    public static IReadOnlyDictionary<string, string?> CompleteSettings { get; } = new Dictionary<string, string?>
    {
        ["Ses:Mode"] = "Aws",
        ["Ses:Regions:0"] = "us-east-1",
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "22222222-2222-4222-8222-222222222222",
        ["AzureAd:ClientId"] = "33333333-3333-4333-8333-333333333333",
        ["AzureAd:ClientSecret"] = "made-up-secret-for-a-start-up-test",
        ["AzureAd:ResponseType"] = "code",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:SesConsole", $"Data Source={Path.Combine(_dataFolder, "sesconsole.db")}");
        // On PostgreSQL the data folder would be the app's App_Data: each host keeps its audit queue in its own folder.
        builder.UseSetting("Audit:QueueFolder", Path.Combine(_dataFolder, "audit-queue"));
        foreach (var (key, value) in CompleteSettings.Concat(overrides).GroupBy(p => p.Key).Select(g => g.Last()))
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Starts the host and returns every message of what stopped it, or null when it started.</summary>
    public string? StartFailure()
    {
        try
        {
            _ = Server;
            return null;
        }
        catch (Exception ex)
        {
            return string.Join(" | ", Messages(ex));
        }
    }

    private static IEnumerable<string> Messages(Exception ex)
    {
        yield return ex.Message;
        var inner = ex is AggregateException aggregate ? aggregate.InnerExceptions : ex.InnerException is { } one ? [one] : [];
        foreach (var message in inner.SelectMany(Messages))
        {
            yield return message;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may linger; the OS cleans temp folders.
        }
    }
}
