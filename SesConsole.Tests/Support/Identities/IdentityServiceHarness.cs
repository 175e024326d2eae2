using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Core.Ses.Listing;
using SesConsole.Core.Policies;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Support.Identities;

/// <summary>Core's identity services wired to the in-memory SES, a recording audit trail, a fake clock and the identity
/// index in a real SQLite file (kept by the real sync, listing with v1 as when IAM refuses v2).</summary>
internal sealed class IdentityServiceHarness : IDisposable
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
        WriteThrough = new IndexWriteThrough(Index, Clock, NullLogger<IndexWriteThrough>.Instance);
        Sync = new IdentityIndexSync(
            new IdentityListingReader(new RefusingSesV2Factory(), Ses, NullLogger<IdentityListingReader>.Instance),
            Ses,
            Index,
            Clock,
            Microsoft.Extensions.Options.Options.Create(new IndexOptions()),
            NullLogger<IdentityIndexSync>.Instance);
        Service = NewSession(Operator);
    }

    public InMemorySesFactory Ses { get; } = new();

    public InMemorySes Sdk => Ses[Region];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public RecordingAuditTrail Audit { get; } = new();

    public SettableCurrentOperator Operator { get; } = new();

    public IOptions<SesOptions> Options { get; }

    public IndexDatabase Database { get; } = new();

    public IIdentityIndex Index => Database.Index;

    public IndexWriteThrough WriteThrough { get; }

    public IdentityIndexSync Sync { get; }

    public IdentitySession Service { get; }

    /// <summary>One full listing of a region into the index (as the background sync does at start).</summary>
    public Task SyncAsync(string region = Region) => Sync.ListingPassAsync(region, pending: null, CancellationToken.None);

    public void Dispose() => Database.Dispose();

    /// <summary>Another operator's session over the same shared index.</summary>
    public IdentitySession NewSession(SettableCurrentOperator currentOperator)
    {
        var regions = new RegionDirectory(Options);
        var gate = new ChangeGate(currentOperator, Audit, Clock, regions, NullLogger<ChangeGate>.Instance);
        return new IdentitySession(
            new IdentityReads(Index, WriteThrough, Sync, Ses, regions, NullLogger<IdentityReads>.Instance),
            new IdentityChanges(gate, WriteThrough, Ses),
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
