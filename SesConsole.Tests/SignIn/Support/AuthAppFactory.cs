using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SesConsole.Tests.SignIn.Support;

/// <summary>
/// The real app in the Testing environment: sign-in through LocalEntra, the real identity service on the embedded
/// LocalSes (on a free loopback port the SES client is pointed at), and temp SQLite files for LocalSes and the audit
/// trail. In-memory TestServer by default; real Kestrel on a free loopback port for a browser.
/// </summary>
public sealed class AuthAppFactory : WebApplicationFactory<global::SesConsole.Web.Program>
{
    public const string AccessKeyId = "AKIALOCALSES0000000";
    public const string SecretAccessKey = "LocalSesFakeSecretKeyNotForAws0000000000";
    public const string Region = "us-east-1";

    private readonly IReadOnlyDictionary<string, string?> _signInSettings;
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("sesconsole-auth-").FullName;

    public AuthAppFactory(IReadOnlyDictionary<string, string?> signInSettings, bool kestrel = false)
    {
        _signInSettings = signInSettings;
        LocalSesUrl = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        if (kestrel)
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }

    /// <summary>Where the embedded LocalSes listens and the SES client sends its requests.</summary>
    public Uri LocalSesUrl { get; }

    /// <summary>The audit trail's SQLite file.</summary>
    public string AuditDatabasePath => Path.Combine(_dataFolder, "sesconsole.db");

    /// <summary>Starts Kestrel (kestrel mode only) and returns the app's address.</summary>
    public Uri StartAndGetAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(addresses.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        builder.UseSetting("Ses:Mode", "Local");
        builder.UseSetting("Ses:Regions:0", Region);
        builder.UseSetting("Ses:Regions:1", "eu-west-1");
        builder.UseSetting("Ses:ServiceUrl", LocalSesUrl.ToString());
        builder.UseSetting("Ses:AccessKeyId", AccessKeyId);
        builder.UseSetting("Ses:SecretAccessKey", SecretAccessKey);
        builder.UseSetting("Ses:AccountId", "123456789012");
        builder.UseSetting("LocalSes:Url", LocalSesUrl.ToString());
        builder.UseSetting("LocalSes:AccountId", "123456789012");
        builder.UseSetting("LocalSes:DatabasePath", Path.Combine(_dataFolder, "localses.db"));
        builder.UseSetting("LocalSes:Credentials:0:AccessKeyId", AccessKeyId);
        builder.UseSetting("LocalSes:Credentials:0:SecretAccessKey", SecretAccessKey);
        builder.UseSetting("ConnectionStrings:SesConsole", $"Data Source={AuditDatabasePath}");
        foreach (var (key, value) in _signInSettings)
        {
            builder.UseSetting(key, value);
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
            // SQLite may still hold a pooled handle for a moment; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>A port that was free a moment ago; LocalSes needs a fixed URL the SES client can be given up front.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
