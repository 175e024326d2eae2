using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Tests.Support.Hosting;
using SesConsole.Tests.Support.Identities;
using SesConsole.Tests.Support.Web;

namespace SesConsole.Tests.Integration.Sharing;

/// <summary>
/// The real app in the Testing environment with the fake identity service, a settable operator (links are created
/// through the service), a fake clock starting now, and its database and Data Protection keys in <paramref name="dataFolder"/>.
/// </summary>
internal sealed class ShareAppFactory(string dataFolder, IReadOnlyDictionary<string, string?>? settings = null)
    : SesConsoleAppFactory(new SesConsoleAppOptions { DataFolder = dataFolder, Settings = settings ?? new Dictionary<string, string?>() })
{
    public FakeIdentityService Identities { get; } = CreateIdentities();

    public SettableCurrentOperator Operator { get; } = new();

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public FakeDnsRecordChecker Checker { get; } = new();

    public static string[] OtherIdentities { get; } = ["other-brand.net", "ops@acme-shop.com", "secret-project.org"];

    protected override void ConfigureServices(IServiceCollection services)
    {
        Identities.ReplaceIn(services);
        services.ReplaceWithInstance<ICurrentOperator>(Operator);
        services.ReplaceWithInstance<TimeProvider>(Time);
        services.ReplaceWithInstance<IDnsRecordChecker>(Checker);
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
            "ops@acme-shop.com", IdentityKind.EmailAddress, VerificationStatus.Success, null, null, null, null, []);
        return fake;
    }

    private static IdentityDetails Domain(string name, FakeIdentityService fake)
    {
        List<DnsRecord> records = [new(DnsRecordType.TXT, $"_amazonses.{name}", fake.VerificationToken, DnsRecordRole.Verification), .. fake.DkimRecords(name)];
        return new IdentityDetails(name, IdentityKind.Domain, VerificationStatus.Pending, fake.VerificationToken, null,
            new DkimInfo(true, VerificationStatus.Pending, fake.DkimTokens), null, records);
    }
}
