using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SesConsole.Core.Identities;
using SesConsole.Tests.Web.Support;
using SesConsole.Web.Local;

namespace SesConsole.Tests.Web.Screenshots;

/// <summary>
/// The real app on Kestrel (loopback, free port), signing in through the local Entra-shaped provider, with the fake
/// identity service and a fake local mailbox.
/// </summary>
public sealed class ScreenshotAppFactory : WebApplicationFactory<global::SesConsole.Web.Program>
{
    private sealed class FixedMailbox(IReadOnlyList<LocalMailMessage> messages) : ILocalMailbox
    {
        public Task<IReadOnlyList<LocalMailMessage>> ListAsync(CancellationToken ct) => Task.FromResult(messages);
    }

    private readonly IReadOnlyDictionary<string, string?> _signInSettings;
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("sesconsole-screens-").FullName;

    public ScreenshotAppFactory(IReadOnlyDictionary<string, string?> signInSettings)
    {
        _signInSettings = signInSettings;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public FakeIdentityService Fake { get; } = new("us-east-1", "eu-west-1", "eu-central-1");

    public Uri StartAndGetAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>() ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(addresses.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        builder.UseSetting("Ses:Mode", "Local");
        builder.UseSetting("Ses:Regions:0", "us-east-1");
        builder.UseSetting("Ses:Regions:1", "eu-west-1");
        builder.UseSetting("Ses:Regions:2", "eu-central-1");
        builder.UseSetting("Ses:ServiceUrl", "http://127.0.0.1:9");
        builder.UseSetting("Ses:AccessKeyId", "AKIALOCALSES0000000");
        builder.UseSetting("Ses:SecretAccessKey", "LocalSesFakeSecretKeyNotForAws0000000000");
        builder.UseSetting("Ses:AccountId", "123456789012");
        builder.UseSetting("LocalSes:Url", "http://127.0.0.1:0");
        builder.UseSetting("LocalSes:DatabasePath", Path.Combine(_dataFolder, "localses.db"));
        builder.UseSetting("LocalSes:Credentials:0:AccessKeyId", "AKIALOCALSES0000000");
        builder.UseSetting("LocalSes:Credentials:0:SecretAccessKey", "LocalSesFakeSecretKeyNotForAws0000000000");
        builder.UseSetting("ConnectionStrings:SesConsole", $"Data Source={Path.Combine(_dataFolder, "sesconsole.db")}");
        foreach (var (key, value) in _signInSettings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IIdentityService>();
            services.AddSingleton<IIdentityService>(Fake);
            services.RemoveAll<ILocalMailbox>();
            services.AddSingleton<ILocalMailbox>(new FixedMailbox(ScreenshotData.Mails));
        });
    }
}
