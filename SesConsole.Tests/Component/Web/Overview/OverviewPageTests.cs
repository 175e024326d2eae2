using System.Text.RegularExpressions;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Overview;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Audit;
using SesConsole.Web.Components.Pages.Overview;

namespace SesConsole.Tests.Component.Web.Overview;

[Trait("Category", "Component")]
public sealed class OverviewPageTests : WebTestContext
{
    private sealed class FixedOverview(params RegionOverview[] regions) : IIdentityOverview
    {
        public DateTimeOffset? AskedAt { get; private set; }

        public Task<IReadOnlyList<RegionOverview>> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            AskedAt = now;
            return Task.FromResult<IReadOnlyList<RegionOverview>>(regions);
        }
    }

    private sealed class FixedAudit(params AuditRecord[] records) : IAuditQuery
    {
        public Task<AuditPage> FindAsync(AuditFilter filter, CancellationToken cancellationToken) =>
            Task.FromResult(new AuditPage(records.Take(filter.PageSize).ToArray(), records.Length));
    }

    private static readonly RegionOverview UsEast = new(
        "us-east-1",
        new Dictionary<VerificationStatus, int> { [VerificationStatus.Success] = 7, [VerificationStatus.Pending] = 3, [VerificationStatus.Failed] = 1 },
        Domains: 5,
        DkimVerified: 2,
        DkimUnread: 1,
        [new PendingDomain("Old.example", new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero))],
        PendingOverDay: 1,
        PendingOverThreeDays: 1,
        MissingFeedbackTopics: 4);

    private IRenderedComponent<OverviewPage> RenderPage(params RegionOverview[] regions)
    {
        Time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        Services.AddSingleton<IIdentityOverview>(new FixedOverview(regions));
        Services.AddSingleton<IAuditQuery>(new FixedAudit(new AuditRecord
        {
            At = new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero),
            OperatorObjectId = "oid",
            OperatorName = "dev.admin@sesconsole.local",
            Region = "us-east-1",
            Identity = "Mixed.Case@example.com",
            Action = "VerifyEmail",
            Outcome = "Succeeded",
        }));
        RenderProviders();
        return Render<OverviewPage>();
    }

    [Fact]
    public void EachStatusCountLinksToTheGridFilteredToThatStatus()
    {
        var cut = RenderPage(UsEast);

        cut.WaitForElement("[data-testid=overview-us-east-1]", Patience);
        Assert.Equal("11 identities", cut.Find("[data-testid=overview-total]").TextContent);
        Assert.Equal("/regions/us-east-1/identities", cut.Find("[data-testid=overview-total]").GetAttribute("href"));
        Assert.Equal("/regions/us-east-1/identities?status=verified", cut.Find("[data-testid=overview-status-Success]").GetAttribute("href"));
        Assert.Equal("3", cut.Find("[data-testid=overview-status-Pending]").TextContent);
        Assert.Equal("/regions/us-east-1/identities?status=pending", cut.Find("[data-testid=overview-status-Pending]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=overview-status-NotStarted]"));
    }

    [Fact]
    public void DomainsPendingLongAreListedWithTheirAgeAndALinkToEach()
    {
        var cut = RenderPage(UsEast);

        var domain = cut.WaitForElement("a[data-testid=overview-pending-domain]", Patience);
        Assert.Equal("/regions/us-east-1/identities/Old.example", domain.GetAttribute("href"));
        Assert.Contains("pending 4 days", cut.Find(".overview-pending").TextContent, StringComparison.Ordinal);
        Assert.Contains("1", cut.Find("[data-testid=overview-pending-72h]").TextContent, StringComparison.Ordinal);
        Assert.Contains("2 of 5 domains", cut.Find("[data-testid=overview-dkim]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePendingOverTilesLinkToTheGridFilteredToExactlyTheDomainsTheyCount()
    {
        var cut = RenderPage(UsEast);

        var overDay = cut.WaitForElement("a[data-testid=overview-pending-24h-link]", Patience);
        Assert.Equal("1", overDay.TextContent.Trim());
        Assert.Equal("/regions/us-east-1/identities?type=domain&pendingOver=24h", overDay.GetAttribute("href"));
        Assert.Equal("/regions/us-east-1/identities?type=domain&pendingOver=72h",
            cut.Find("a[data-testid=overview-pending-72h-link]").GetAttribute("href"));
    }

    [Fact]
    public void TheLastChangesLinkToTheIdentityByItsExactName()
    {
        var cut = RenderPage(UsEast);

        var change = cut.WaitForElement("[data-testid=overview-change]", Patience);
        Assert.Equal("/regions/us-east-1/identities/Mixed.Case%40example.com", change.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void AnEmptyRegionSaysSoWithoutAChart()
    {
        var cut = RenderPage(new RegionOverview("eu-west-1", new Dictionary<VerificationStatus, int>(), 0, 0, 0, [], 0, 0, 0));

        cut.WaitForAssertion(() => Assert.Contains("No identities in eu-west-1 yet.", cut.Markup, StringComparison.Ordinal), Patience);
        Assert.Empty(cut.FindAll(".overview-donut"));
    }

    [Fact]
    public void IdentitiesWithNoBounceOrComplaintTopicLinkToTheGridShowingExactlyThose()
    {
        var cut = RenderPage(UsEast);

        var tile = cut.WaitForElement("[data-testid=overview-feedback-missing]", Patience);
        Assert.Contains("4 identities have no bounce or complaint topic", Regex.Replace(tile.TextContent, @"\s+", " "), StringComparison.Ordinal);
        Assert.Equal("/regions/us-east-1/identities?feedback=missing", tile.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void ARegionWhoseIdentitiesAllHaveTopicsSaysSoWithoutALink()
    {
        var cut = RenderPage(UsEast with { MissingFeedbackTopics = 0 });

        var tile = cut.WaitForElement("[data-testid=overview-feedback-missing]", Patience);
        Assert.Contains("Every identity sends bounces and complaints to an SNS topic.", tile.TextContent, StringComparison.Ordinal);
        Assert.Null(tile.QuerySelector("a"));
    }
}
