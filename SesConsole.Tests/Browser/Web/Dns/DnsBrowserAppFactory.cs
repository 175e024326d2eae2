using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Dns;
using SesConsole.Tests.Support.Hosting;
using SesConsole.Tests.Support.Web;

namespace SesConsole.Tests.Browser.Web.Dns;

/// <summary>The real app on Kestrel with the fake identity service, signing in through LocalEntra, the real DNS
/// checker asking <paramref name="dnsServer"/>.</summary>
public sealed class DnsBrowserAppFactory : SesConsoleAppFactory
{
    public static readonly string[] OtherIdentities = ["other-brand.net", "billing@acme-shop.com", "secret-project.org"];

    public DnsBrowserAppFactory(IReadOnlyDictionary<string, string?> signInSettings, string dnsServer)
        : base(new SesConsoleAppOptions
        {
            Kestrel = true,
            SignInSettings = signInSettings,
            Settings = new Dictionary<string, string?> { ["Dns:Servers:0"] = dnsServer, ["Dns:Timeout"] = "00:00:02" },
        })
    {
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
            MixedDnsFixture.Records);
    }

    public FakeIdentityService Fake { get; } = new("us-east-1", "eu-west-1");

    protected override void ConfigureServices(IServiceCollection services) =>
        Fake.ReplaceIn(services);
}
