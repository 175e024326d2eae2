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

namespace SesConsole.Tests.Web.Dns;

/// <summary>The real app on Kestrel with the fake identity service, signing in through LocalEntra, the real DNS
/// checker asking <paramref name="dnsServer"/>.</summary>
internal sealed class DnsBrowserAppFactory : WebApplicationFactory<global::SesConsole.Web.Program>
{
    public static readonly string[] OtherIdentities = ["other-brand.net", "billing@acme-shop.com", "secret-project.org"];

    private readonly IReadOnlyDictionary<string, string?> _signInSettings;
    private readonly string _dnsServer;
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("sesconsole-dnsui-").FullName;

    public DnsBrowserAppFactory(IReadOnlyDictionary<string, string?> signInSettings, string dnsServer)
    {
        _signInSettings = signInSettings;
        _dnsServer = dnsServer;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Fake.Add("us-east-1", MixedDnsFixture.Domain, IdentityKind.Domain, VerificationStatus.Pending);
        foreach (var other in OtherIdentities)
        {
            Fake.Add("us-east-1", other, other.Contains('@', StringComparison.Ordinal) ? IdentityKind.EmailAddress : IdentityKind.Domain, VerificationStatus.Success);
        }

        Fake.Details[$"us-east-1/{MixedDnsFixture.Domain}"] = new IdentityDetails(
            MixedDnsFixture.Domain, IdentityKind.Domain, VerificationStatus.Pending, MixedDnsFixture.Token,
            new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.Zero),
            new DkimInfo(true, VerificationStatus.Pending, MixedDnsFixture.DkimTokens),
            new MailFromInfo($"bounce.{MixedDnsFixture.Domain}", VerificationStatus.Pending, "UseDefaultValue"),
            ["AllowMarketingPlatform"], MixedDnsFixture.Records);
    }

    public FakeIdentityService Fake { get; } = new("us-east-1", "eu-west-1");

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
        builder.UseSetting("Ses:Mode", "Aws");
        builder.UseSetting("Ses:Regions:0", "us-east-1");
        builder.UseSetting("Ses:Regions:1", "eu-west-1");
        builder.UseSetting("Dns:Servers:0", _dnsServer);
        builder.UseSetting("Dns:Timeout", "00:00:02");
        builder.UseSetting("ConnectionStrings:SesConsole", $"Data Source={Path.Combine(_dataFolder, "sesconsole.db")}");
        foreach (var (key, value) in _signInSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IIdentityService>();
            services.AddSingleton<IIdentityService>(Fake);
        });
    }
}
