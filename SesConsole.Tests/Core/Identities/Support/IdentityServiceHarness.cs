using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Core.Policies;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Core.Identities.Support;

/// <summary>Core's identity services wired to the in-memory SES, a recording audit trail and a fake clock.</summary>
internal sealed class IdentityServiceHarness
{
    public const string Region = "us-east-1";
    public const string OtherRegion = "eu-west-1";
    public const string AccountId = "123456789012";

    public IdentityServiceHarness(string? accountId = AccountId)
    {
        Options = Microsoft.Extensions.Options.Options.Create(new SesOptions
        {
            Regions = [Region, OtherRegion],
            AccountId = accountId,
        });
        Catalog = new IdentityCatalog(
            Ses, Clock, Microsoft.Extensions.Options.Options.Create(new IdentityCatalogOptions()), NullLogger<IdentityCatalog>.Instance);
        Service = NewSession(Operator);
    }

    public InMemorySesFactory Ses { get; } = new();

    public InMemorySes Sdk => Ses[Region];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public RecordingAuditTrail Audit { get; } = new();

    public SettableCurrentOperator Operator { get; } = new();

    public IOptions<SesOptions> Options { get; }

    public IdentityCatalog Catalog { get; }

    public IdentitySession Service { get; }

    /// <summary>Another operator's session over the same shared catalog.</summary>
    public IdentitySession NewSession(SettableCurrentOperator currentOperator)
    {
        var regions = new RegionDirectory(Options);
        var gate = new ChangeGate(currentOperator, Audit, Clock, regions, NullLogger<ChangeGate>.Instance);
        return new IdentitySession(
            new IdentityReads(Catalog, Ses, regions, NullLogger<IdentityReads>.Instance),
            new IdentityChanges(gate, Catalog, Ses),
            new IdentityPolicies(gate, Ses, regions, Options, NullLogger<IdentityPolicies>.Instance));
    }

    public void SeedDomains(int count, string prefix = "domain")
    {
        for (var i = 0; i < count; i++)
        {
            Sdk.Seed($"{prefix}{i:D5}.example");
        }
    }
}
