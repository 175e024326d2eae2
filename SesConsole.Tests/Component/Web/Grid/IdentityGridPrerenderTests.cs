using Bunit;
using Microsoft.AspNetCore.Components;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;
using SesConsole.Web.Components.Pages.Identities.Grid;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Tests.Component.Web.Grid;

/// <summary>
/// The grid's first page is read while prerendering, so its rows are in the first HTML response, and the circuit
/// takes that page from the persisted state instead of reading the index again: its first render already shows the
/// rows, and no render after that shows the skeleton. The HTML over real HTTP is checked by
/// <c>PrerenderedGridHttpTests</c>.
/// </summary>
[Trait("Category", "Component")]
public class IdentityGridPrerenderTests : WebTestContext
{
    private static readonly IdentitySummary Carried =
        new("carried@example.com", IdentityKind.EmailAddress, VerificationStatus.Success, "us-east-1");

    private static List<string> Links(IRenderedComponent<IdentitiesPage> cut) =>
        cut.FindAll("[data-testid=identity-link]").Select(a => a.TextContent.Trim()).ToList();

    private void PrerenderCarried(IdentityGridUrl view, int totalCount) =>
        ComponentState.Persist(IdentitiesPage.FirstPageKey("us-east-1", view),
            new PrerenderedReads.Carried<IdentityPage>(new IdentityPage([Carried], totalCount, TotalIsExact: true), null));

    [Fact]
    public void PrerenderingRendersTheFirstPagesRowsWithoutWaitingForTheCircuit()
    {
        Fake.Add("us-east-1", "ops@example.com", IdentityKind.EmailAddress, VerificationStatus.Success);
        Fake.Add("us-east-1", "example.com", IdentityKind.Domain, VerificationStatus.Pending);
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, Links(cut).Count), Patience);
        Assert.Contains("ops@example.com", Links(cut));
        Assert.Empty(cut.FindAll("[data-testid=skeleton-row]"));
        Assert.Single(Fake.ListCalls);
    }

    [Fact]
    public void ThePrerenderedPagerCountsTheIndexsTotalNotThePagesRows()
    {
        for (var i = 0; i < 30; i++)
        {
            Fake.Add("us-east-1", $"user{i:D2}@example.com", IdentityKind.EmailAddress, VerificationStatus.Success);
        }

        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.Equal(IdentityGridUrl.DefaultSize, Links(cut).Count), Patience);
        Assert.Equal("1-25 of 30", cut.Find("[data-testid=pager-info]").TextContent.Trim());
    }

    [Fact]
    public void TheCircuitsFirstRenderShowsThePrerenderedRowsWithoutReadingTheIndexAgain()
    {
        Fake.Add("us-east-1", "read-again@example.com", IdentityKind.EmailAddress, VerificationStatus.Success);
        PrerenderCarried(IdentityGridUrl.Default, totalCount: 1);
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        // No wait: the very first render of the circuit has the rows, and never the skeleton.
        Assert.Equal(["carried@example.com"], Links(cut));
        Assert.Empty(cut.FindAll("[data-testid=skeleton-row]"));
        Assert.Empty(Fake.ListCalls);
    }

    [Fact]
    public void TheRowsNeverGiveWayToTheSkeletonOnceShown()
    {
        PrerenderCarried(IdentityGridUrl.Default, totalCount: 1);
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        var renders = new List<string> { cut.Markup };
        cut.OnMarkupUpdated += (_, _) => renders.Add(cut.Markup);

        // Whatever follows the first render (the freshness line's read, the region becoming current) keeps the rows.
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=sync-freshness]")), Patience);
        cut.Render();

        Assert.All(renders, markup =>
        {
            Assert.Contains("carried@example.com", markup, StringComparison.Ordinal);
            Assert.DoesNotContain("skeleton-row", markup, StringComparison.Ordinal);
        });
        Assert.Empty(Fake.ListCalls);
    }

    [Fact]
    public void TheCarriedPageIsTakenOnceSoALiveUpdateReadsTheIndex()
    {
        Fake.Add("us-east-1", "read-again@example.com", IdentityKind.EmailAddress, VerificationStatus.Success);
        PrerenderCarried(IdentityGridUrl.Default, totalCount: 1);
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        Assert.Equal(["carried@example.com"], Links(cut));

        IndexChanges.Publish(new IdentityIndexChanged("us-east-1", IndexChangeKind.Identities, []));

        cut.WaitForAssertion(() => Assert.Equal(["read-again@example.com"], Links(cut)), Patience);
        Assert.Single(Fake.ListCalls);
    }

    [Fact]
    public void APageCarriedForAnotherViewIsNotShown()
    {
        Fake.Add("us-east-1", "read-again@example.com", IdentityKind.EmailAddress, VerificationStatus.Success);
        PrerenderCarried(IdentityGridUrl.Default with { Search = "carried" }, totalCount: 1);
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.Equal(["read-again@example.com"], Links(cut)), Patience);
        Assert.Single(Fake.ListCalls);
    }
}
