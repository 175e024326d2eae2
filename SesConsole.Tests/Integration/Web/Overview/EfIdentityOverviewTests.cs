using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Tests.Support;
using SesConsole.Web.Index;

namespace SesConsole.Tests.Integration.Web.Overview;

/// <summary>The overview's counts over the identity index in a real SQLite console database.</summary>
[Trait("Category", "Integration")]
public sealed class EfIdentityOverviewTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private readonly IndexDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private EfIdentityOverview Overview => new(
        _database.Contexts, new RegionDirectory(Options.Create(new SesOptions { Regions = ["us-east-1", "eu-west-1"] })));

    private Task WriteAsync(DateTimeOffset at, params IdentityObservation[] identities) =>
        _database.Index.WriteAsync("us-east-1", identities, at, CancellationToken.None);

    [Fact]
    public async Task CountsStatusesDkimAndDomainsPendingOverADayAndOverThreeDays()
    {
        await WriteAsync(Now.AddDays(-4), new IdentityObservation("four-days.example", IdentityKind.Domain, VerificationStatus.Pending));
        await WriteAsync(Now.AddHours(-30), new IdentityObservation("Thirty-Hours.example", IdentityKind.Domain, VerificationStatus.Pending));
        await WriteAsync(Now.AddHours(-2),
            new IdentityObservation("fresh.example", IdentityKind.Domain, VerificationStatus.Pending),
            new IdentityObservation("signed.example", IdentityKind.Domain, VerificationStatus.Success, DkimStatus: VerificationStatus.Success),
            new IdentityObservation("a@signed.example", IdentityKind.EmailAddress, VerificationStatus.Success),
            new IdentityObservation("b@signed.example", IdentityKind.EmailAddress, VerificationStatus.Pending));
        await _database.Index.RemoveAsync("us-east-1", ["b@signed.example"], Now.AddHours(-1), CancellationToken.None);

        var overview = await Overview.ReadAsync(Now, CancellationToken.None);

        Assert.Equal(["us-east-1", "eu-west-1"], overview.Select(r => r.Region));
        var region = overview[0];
        Assert.Equal(5, region.Total);
        Assert.Equal(3, region.ByStatus[VerificationStatus.Pending]);
        Assert.Equal(2, region.ByStatus[VerificationStatus.Success]);
        Assert.Equal((4, 1, 3), (region.Domains, region.DkimVerified, region.DkimUnread));
        Assert.Equal((2, 1), (region.PendingOverDay, region.PendingOverThreeDays));
        Assert.Equal(["four-days.example", "Thirty-Hours.example"], region.PendingDomains.Select(p => p.Name));
        Assert.Equal(Now.AddDays(-4), region.PendingDomains[0].PendingSince);
        Assert.Equal(0, overview[1].Total);
    }

    [Fact]
    public async Task CountsTheLiveIdentitiesWithNoBounceOrComplaintTopic()
    {
        await WriteAsync(Now.AddHours(-2),
            new IdentityObservation("Deaf.example", IdentityKind.Domain, VerificationStatus.Success),
            new IdentityObservation("heard.example", IdentityKind.Domain, VerificationStatus.Success),
            new IdentityObservation("Deaf@heard.example", IdentityKind.EmailAddress, VerificationStatus.Success),
            new IdentityObservation("gone@heard.example", IdentityKind.EmailAddress, VerificationStatus.Success),
            new IdentityObservation("unread@heard.example", IdentityKind.EmailAddress, VerificationStatus.Success));
        await _database.Index.WriteAttributesAsync("us-east-1",
        [
            new IdentityAttributes("Deaf.example", MissingFeedbackTopics: true),
            new IdentityAttributes("heard.example", MissingFeedbackTopics: false),
            new IdentityAttributes("Deaf@heard.example", MissingFeedbackTopics: true),
            new IdentityAttributes("gone@heard.example", MissingFeedbackTopics: true),
        ], CancellationToken.None);
        await _database.Index.RemoveAsync("us-east-1", ["gone@heard.example"], Now.AddHours(-1), CancellationToken.None);

        var overview = await Overview.ReadAsync(Now, CancellationToken.None);

        Assert.Equal(2, overview[0].MissingFeedbackTopics);
        Assert.Equal(0, overview[1].MissingFeedbackTopics);
    }
}
