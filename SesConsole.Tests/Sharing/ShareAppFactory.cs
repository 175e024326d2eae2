using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Tests.Core.Identities.Support;
using SesConsole.Tests.Web.Support;

namespace SesConsole.Tests.Sharing;

/// <summary>
/// The real app in the Testing environment with the fake identity service, a settable operator (links are created
/// through the service), a fake clock starting now, and its database and Data Protection keys in <paramref name="dataFolder"/>.
/// </summary>
internal sealed class ShareAppFactory(string dataFolder) : WebApplicationFactory<global::SesConsole.Web.Program>
{
    public FakeIdentityService Identities { get; } = CreateIdentities();

    public SettableCurrentOperator Operator { get; } = new();

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public FakeDnsRecordChecker Checker { get; } = new();

    public static string[] OtherIdentities { get; } = ["other-brand.net", "ops@acme-shop.com", "secret-project.org"];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Ses:Mode", "Aws");
        builder.UseSetting("Ses:Regions:0", "us-east-1");
        builder.UseSetting("Ses:Regions:1", "eu-west-1");
        builder.UseSetting("AzureAd:Instance", "http://127.0.0.1:9/");
        builder.UseSetting("AzureAd:TenantId", "11111111-1111-1111-1111-111111111111");
        builder.UseSetting("AzureAd:ClientId", "sesconsole-tests");
        builder.UseSetting("AzureAd:ClientSecret", "local-entra-checks-no-secret");
        builder.UseSetting("ConnectionStrings:SesConsole", $"Data Source={Path.Combine(dataFolder, "sesconsole.db")}");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IIdentityService>();
            services.AddSingleton<IIdentityService>(Identities);
            services.RemoveAll<ICurrentOperator>();
            services.AddSingleton<ICurrentOperator>(Operator);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.RemoveAll<IDnsRecordChecker>();
            services.AddSingleton<IDnsRecordChecker>(Checker);
        });
    }

    private static FakeIdentityService CreateIdentities()
    {
        var fake = new FakeIdentityService("us-east-1", "eu-west-1");
        fake.Add("us-east-1", "acme-shop.com", IdentityKind.Domain, VerificationStatus.Pending);
        foreach (var other in OtherIdentities)
        {
            fake.Add("us-east-1", other, other.Contains('@', StringComparison.Ordinal) ? IdentityKind.EmailAddress : IdentityKind.Domain, VerificationStatus.Success);
        }

        fake.Details["us-east-1/acme-shop.com"] = Domain("acme-shop.com", fake);
        fake.Details["us-east-1/other-brand.net"] = Domain("other-brand.net", fake);
        fake.Details["us-east-1/secret-project.org"] = Domain("secret-project.org", fake);
        fake.Details["us-east-1/ops@acme-shop.com"] = new IdentityDetails(
            "ops@acme-shop.com", IdentityKind.EmailAddress, VerificationStatus.Success, null, null, null, null, [], []);
        return fake;
    }

    private static IdentityDetails Domain(string name, FakeIdentityService fake)
    {
        List<DnsRecord> records = [new(DnsRecordType.TXT, $"_amazonses.{name}", fake.VerificationToken, "Domain verification"), .. fake.DkimRecords(name)];
        return new IdentityDetails(name, IdentityKind.Domain, VerificationStatus.Pending, fake.VerificationToken, null,
            new DkimInfo(true, VerificationStatus.Pending, fake.DkimTokens), null, ["AllowPartnerSending"], records);
    }
}
