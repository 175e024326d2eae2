using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Core.Overview;
using SesConsole.Tests.Support;
using SesConsole.Web.Components.Pages.Identities.Grid;
using SesConsole.Web.Components.Pages.Overview;
using SesConsole.Web.Index;

namespace SesConsole.Tests.Integration.Web.Overview;

/// <summary>
/// The overview's "Pending over 24 h / 72 h" tiles link to the grid with exactly the rows they count: the link's view,
/// run as the grid runs it against the index in a real SQLite console database, totals the tile's number.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PendingOverTileTests : IDisposable
{
    private const string Region = "us-east-1";
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Regions = [Region, "eu-west-1"];
    private readonly IndexDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Now);

    public void Dispose() => _database.Dispose();

    private EfIdentityOverview Overview => new(_database.Contexts, new RegionDirectory(Options.Create(new SesOptions { Regions = [.. Regions] })));

    private Task WriteAsync(DateTimeOffset at, params IdentityObservation[] identities) =>
        _database.Index.WriteAsync(Region, identities, at, CancellationToken.None);

    private async Task SeedAsync()
    {
        await WriteAsync(Now.AddDays(-5), new IdentityObservation("five-days.example", IdentityKind.Domain, VerificationStatus.Pending));
        await WriteAsync(Now.AddHours(-73), new IdentityObservation("Seventy-Three.example", IdentityKind.Domain, VerificationStatus.Pending));
        await WriteAsync(Now.AddHours(-30),
            new IdentityObservation("thirty.example", IdentityKind.Domain, VerificationStatus.Pending),
            new IdentityObservation("waiting@thirty.example", IdentityKind.EmailAddress, VerificationStatus.Pending),
            new IdentityObservation("verified-long-ago.example", IdentityKind.Domain, VerificationStatus.Success));
        await WriteAsync(Now.AddHours(-2), new IdentityObservation("fresh.example", IdentityKind.Domain, VerificationStatus.Pending));
        await WriteAsync(Now.AddHours(-50), new IdentityObservation("gone.example", IdentityKind.Domain, VerificationStatus.Pending));
        await _database.Index.RemoveAsync(Region, ["gone.example"], Now.AddHours(-1), CancellationToken.None);
        await _database.Index.WriteAsync("eu-west-1",
            [new IdentityObservation("elsewhere.example", IdentityKind.Domain, VerificationStatus.Pending)], Now.AddDays(-4), CancellationToken.None);
    }

    private async Task<IndexPage> GridAsync(string link) =>
        await new EfIdentityIndex(_database.Contexts, _time).QueryAsync(Region, IdentityGridUrl.Parse(link, Regions).ToQuery(), CancellationToken.None);

    [Fact]
    public async Task TheOverDayTileLinksToExactlyTheDomainsItCounts()
    {
        await SeedAsync();
        var tile = (await Overview.ReadAsync(Now, CancellationToken.None))[0];

        var grid = await GridAsync(OverviewTiles.PendingOverLink(Region, OverviewAges.Day));

        Assert.Equal(3, tile.PendingOverDay);
        Assert.Equal(tile.PendingOverDay, grid.TotalCount);
        Assert.Equal(tile.PendingDomains.Select(p => p.Name).Order(StringComparer.Ordinal), grid.Items.Select(i => i.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheOverThreeDaysTileLinksToExactlyTheDomainsItCounts()
    {
        await SeedAsync();
        var tile = (await Overview.ReadAsync(Now, CancellationToken.None))[0];

        var grid = await GridAsync(OverviewTiles.PendingOverLink(Region, OverviewAges.ThreeDays));

        Assert.Equal(2, tile.PendingOverThreeDays);
        Assert.Equal(tile.PendingOverThreeDays, grid.TotalCount);
        Assert.Equal(["Seventy-Three.example", "five-days.example"], grid.Items.Select(i => i.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PendingOverWithoutATypeAlsoFindsAddressesAndNeverAVerifiedIdentity()
    {
        await SeedAsync();

        var page = await new EfIdentityIndex(_database.Contexts, _time)
            .QueryAsync(Region, new IdentityQuery(PendingOver: TimeSpan.FromHours(24)), CancellationToken.None);

        Assert.Equal(["Seventy-Three.example", "five-days.example", "thirty.example", "waiting@thirty.example"],
            page.Items.Select(i => i.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheOverviewsLinksCarryTheFilterInTheUrl()
    {
        Assert.Equal("/regions/us-east-1/identities?type=domain&pendingOver=24h", OverviewTiles.PendingOverLink(Region, OverviewAges.Day));
        Assert.Equal("/regions/us-east-1/identities?type=domain&pendingOver=72h", OverviewTiles.PendingOverLink(Region, OverviewAges.ThreeDays));
        await Task.CompletedTask;
    }
}
