using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SesConsole.Tests.Support.Hosting;

/// <summary>
/// The real app in the Testing environment, set up by <see cref="SesConsoleAppOptions"/>: SES mode, regions, sign-in,
/// SQLite files in a data folder, in-memory or on Kestrel. Subclasses swap services in <see cref="ConfigureServices"/>.
/// </summary>
public abstract class SesConsoleAppFactory : WebApplicationFactory<global::SesConsole.Web.Program>
{
    public const string AccessKeyId = "AKIALOCALSES0000000";
    public const string SecretAccessKey = "LocalSesFakeSecretKeyNotForAws0000000000";
    public const string AccountId = "123456789012";
    public const string Region = "us-east-1";

    private readonly SesConsoleAppOptions _options;
    private readonly bool _ownsDataFolder;

    protected SesConsoleAppFactory(SesConsoleAppOptions options)
    {
        _options = options;
        _ownsDataFolder = options.DataFolder is null;
        DataFolder = options.DataFolder ?? Directory.CreateTempSubdirectory("sesconsole-app-").FullName;
        if (options.Kestrel)
        {
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }
    }

    /// <summary>AzureAd settings for a host that never signs anyone in: the provider is never contacted.</summary>
    public static IReadOnlyDictionary<string, string?> UnreachableSignInSettings { get; } = new Dictionary<string, string?>
    {
        ["AzureAd:Instance"] = "http://127.0.0.1:9/",
        ["AzureAd:TenantId"] = LocalEntraProcess.TenantId,
        ["AzureAd:ClientId"] = LocalEntraProcess.ClientId,
        ["AzureAd:ClientSecret"] = "local-entra-checks-no-secret",
    };

    public string DataFolder { get; }

    /// <summary>Where the embedded LocalSes listens and the SES client sends its requests (Local mode only).</summary>
    public Uri LocalSesUrl => _options.LocalSesUrl ?? throw new InvalidOperationException("This app runs in Aws mode, without LocalSes.");

    /// <summary>Starts the server (Kestrel when asked for) and returns the app's address.</summary>
    public Uri StartAndGetAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(addresses.Addresses.First());
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(ConfigureServices);
    }

    private IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        for (var i = 0; i < _options.Regions.Count; i++)
        {
            yield return new($"Ses:Regions:{i}", _options.Regions[i]);
        }

        yield return new("Ses:Mode", _options.LocalSesUrl is null ? "Aws" : "Local");
        if (_options.LocalSesUrl is null)
        {
            // No test talks to real AWS: the identity index's sync stays off rather than probing for credentials.
            yield return new("Index:SyncEnabled", "false");
        }

        if (_options.LocalSesUrl is { } localSes)
        {
            yield return new("Ses:ServiceUrl", localSes.ToString());
            yield return new("Ses:AccessKeyId", AccessKeyId);
            yield return new("Ses:SecretAccessKey", SecretAccessKey);
            yield return new("Ses:AccountId", AccountId);
            yield return new("LocalSes:Url", localSes.ToString());
            yield return new("LocalSes:AccountId", AccountId);
            yield return new("LocalSes:DatabasePath", Path.Combine(DataFolder, "localses.db"));
            yield return new("LocalSes:Credentials:0:AccessKeyId", AccessKeyId);
            yield return new("LocalSes:Credentials:0:SecretAccessKey", SecretAccessKey);
        }

        yield return new("ConnectionStrings:SesConsole", $"Data Source={Path.Combine(DataFolder, "sesconsole.db")}");
        foreach (var setting in (_options.SignInSettings ?? UnreachableSignInSettings).Concat(_options.Settings))
        {
            yield return setting;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_ownsDataFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a handle for a moment; the OS cleans temp folders.
        }
    }
}
