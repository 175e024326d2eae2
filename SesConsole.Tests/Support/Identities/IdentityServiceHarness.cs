using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Support.Identities;

/// <summary>An <see cref="IdentityService"/> wired to the in-memory SES, a recording audit trail and a fake clock.</summary>
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

    public IdentityService Service { get; }

    /// <summary>Another operator's session over the same shared catalog.</summary>
    public IdentityService NewSession(SettableCurrentOperator currentOperator) =>
        new(Catalog, Ses, currentOperator, Audit, Clock, Options, NullLogger<IdentityService>.Instance);

    public void SeedDomains(int count, string prefix = "domain")
    {
        for (var i = 0; i < count; i++)
        {
            Sdk.Seed($"{prefix}{i:D5}.example");
        }
    }
}
