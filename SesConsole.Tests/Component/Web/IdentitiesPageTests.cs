using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;
using SesConsole.Web.State;

namespace SesConsole.Tests.Component.Web;

[Trait("Category", "Component")]
public class IdentitiesPageTests : WebTestContext
{

    private void AddSampleIdentities()
    {
        Fake.Add("us-east-1", "ops@example.com", IdentityKind.EmailAddress, VerificationStatus.Success);
        Fake.Add("us-east-1", "example.com", IdentityKind.Domain, VerificationStatus.Pending);
        Fake.Add("us-east-1", "old.example.org", IdentityKind.Domain, VerificationStatus.Failed);
        Fake.Add("us-east-1", "flaky.example.net", IdentityKind.Domain, VerificationStatus.TemporaryFailure);
        Fake.Add("us-east-1", "new@example.com", IdentityKind.EmailAddress, VerificationStatus.NotStarted);
    }

    private static IReadOnlyList<string> ChipTexts(IRenderedComponent<IdentitiesPage> cut) =>
        cut.FindAll(".status-chip").Select(c => c.TextContent.Trim()).ToList();

    [Fact]
    public void LoadingShowsSkeletonRows()
    {
        Fake.ListGate = new TaskCompletionSource();
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=skeleton-row]")), Patience);
        Assert.Empty(cut.FindAll("[data-testid=identity-link]"));
    }

    [Fact]
    public void EmptyAccountExplainsAndOffersBothVerifyButtons()
    {
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=empty-state]")), Patience);
        Assert.Contains("No identities in us-east-1 yet", cut.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=empty-verify-email]"));
        Assert.NotNull(cut.Find("[data-testid=empty-verify-domain]"));
    }

    [Fact]
    public void RowsShowEveryStatusAsWordsWithAnIcon()
    {
        AddSampleIdentities();
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=identity-link]").Count), Patience);
        var chips = cut.FindAll(".status-chip").Take(5).ToList();
        Assert.Equal(["Verified", "Pending", "Failed", "Temporary failure", "Not started"],
            chips.Select(c => c.TextContent.Trim()).ToList());
        Assert.All(chips, chip => Assert.NotNull(chip.QuerySelector("svg")));
    }

    [Fact]
    public void IdentityLinksPointAtTheUrlEncodedDetailsPage()
    {
        AddSampleIdentities();
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=identity-link]").Count), Patience);
        Assert.Equal("/regions/us-east-1/identities/ops%40example.com", cut.FindAll("[data-testid=identity-link]")[0].GetAttribute("href"));
    }

    [Fact]
    public void InternationalDomainsAreAlsoShownInTheirOwnScript()
    {
        Fake.Add("us-east-1", "xn--bcher-kva.example", IdentityKind.Domain, VerificationStatus.Pending);
        Fake.Add("us-east-1", "plain.example", IdentityKind.Domain, VerificationStatus.Pending);
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=identity-link]").Count), Patience);
        var unicode = Assert.Single(cut.FindAll("[data-testid=identity-unicode]"));
        Assert.Equal("bücher.example", unicode.TextContent);
    }

    [Fact]
    public void DkimStatusOfDomainsComesWithThePageFromTheIndexWithoutAnSesCall()
    {
        AddSampleIdentities();
        Fake.Dkim["example.com"] = new DkimInfo(true, VerificationStatus.Success, ["t1", "t2", "t3"]);
        Fake.Dkim["old.example.org"] = new DkimInfo(false, VerificationStatus.NotStarted, []);
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=dkim-off]")), Patience);
        Assert.Empty(Fake.DkimCalls);
        var exampleRow = cut.FindAll("tr").Single(r => r.TextContent.Contains("example.com", StringComparison.Ordinal)
            && !r.TextContent.Contains('@', StringComparison.Ordinal) && !r.TextContent.Contains("old.", StringComparison.Ordinal)
            && !r.TextContent.Contains("flaky", StringComparison.Ordinal));
        Assert.Equal(["Pending", "Verified"], exampleRow.QuerySelectorAll(".status-chip").Select(c => c.TextContent.Trim()).ToList());
    }

    [Fact]
    public void SesFailureShowsTheReasonRequestIdAndRetry()
    {
        Fake.ListFailure = new Failure(FailureKind.AccessDenied, "The console's AWS role may not list identities.", "AccessDenied", "req-123");
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=failure-alert]")), Patience);
        var alert = cut.Find("[data-testid=failure-alert]").TextContent;
        Assert.Contains("The console's AWS role may not list identities.", alert, StringComparison.Ordinal);
        Assert.Contains("req-123", alert, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=retry]"));
    }

    [Fact]
    public void RetryListsAgainAndShowsTheRows()
    {
        Fake.ListFailure = new Failure(FailureKind.Unavailable, "SES did not answer in time.");
        AddSampleIdentities();
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=retry]")), Patience);
        Fake.ListFailure = null;

        cut.Find("[data-testid=retry]").Click();

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=identity-link]").Count), Patience);
        Assert.Equal(2, Fake.ListCalls.Count);
        Assert.Empty(cut.FindAll("[data-testid=failure-alert]"));
    }

    [Fact]
    public void TotalShowsPlusWhileSesHasMoreNamesToList()
    {
        for (var i = 0; i < 1000; i++)
        {
            Fake.Add("us-east-1", $"user{i:D4}@example.com", IdentityKind.EmailAddress, VerificationStatus.Success);
        }

        Fake.TotalIsExact = false;
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.Equal("1,000+ identities", cut.Find("[data-testid=total-count]").TextContent.Trim()), Patience);
        Assert.Equal(25, cut.FindAll("[data-testid=identity-link]").Count);
    }

    [Fact]
    public void SyncNowAsksTheRegionsSyncAndListsNothingFromSesItself()
    {
        AddSampleIdentities();
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=identity-link]").Count), Patience);

        cut.Find("button[data-testid=sync-now]").Click();

        Assert.Equal(["us-east-1"], Fake.SyncRequestedRegions);
        Assert.Single(Fake.ListCalls);
        Assert.Contains("Sync requested", cut.Find("button[data-testid=sync-now]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AViewerSeesTheFreshnessLineButNoSyncNow()
    {
        SignInAsViewer();
        AddSampleIdentities();
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=identity-link]").Count), Patience);
        Assert.NotNull(cut.Find("[data-testid=sync-freshness]"));
        Assert.Empty(cut.FindAll("[data-testid=sync-now]"));
    }

    [Fact]
    public void TheGridAsksNothingOnATimer()
    {
        AddSampleIdentities();
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=identity-link]").Count), Patience);

        Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Single(Fake.ListCalls);
        Assert.Empty(Fake.RefreshCalls);
    }

    [Fact]
    public void SearchIsSentToTheServiceAfterTyping()
    {
        AddSampleIdentities();
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=identity-link]").Count), Patience);

        cut.Find(".search-field input").Input("example.org");
        Assert.Single(Fake.ListCalls);
        Time.Advance(TimeSpan.FromMilliseconds(400));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=identity-link]")), Patience);
        Assert.Equal("example.org", Fake.ListCalls.Last().Query.Search);
    }

    [Fact]
    public void NoMatchesForAFilterIsNotMistakenForAnEmptyAccount()
    {
        AddSampleIdentities();
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=identity-link]").Count), Patience);

        cut.Find(".search-field input").Input("nothing-like-this");
        Time.Advance(TimeSpan.FromMilliseconds(400));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=no-matches]")), Patience);
        Assert.Empty(cut.FindAll("[data-testid=empty-state]"));
    }

    [Fact]
    public void TheRegionInTheRouteIsListedAndBecomesTheCurrentRegion()
    {
        Fake.Add("eu-west-1", "eu@example.com", IdentityKind.EmailAddress, VerificationStatus.Success);
        RenderProviders();

        var cut = Render<IdentitiesPage>(p => p.Add(x => x.Region, "eu-west-1"));

        cut.WaitForAssertion(() => Assert.Equal("eu@example.com", cut.Find("[data-testid=identity-link]").TextContent.Trim()), Patience);
        Assert.Equal("eu-west-1", Fake.ListCalls.Last().Region);
        Assert.Equal("eu-west-1", Services.GetRequiredService<RegionState>().Current);
    }

    [Fact]
    public void VerifyingAnEmailShowsTheSnackbarAndThePendingRow()
    {
        var provider = RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=verify-email]")), Patience);

        cut.Find("button[data-testid=verify-email]").Click();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=email-input] input, input[type=email]")), Patience);
        provider.Find("input[type=email]").Input("someone@example.com");
        provider.Find("button[data-testid=submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal("someone@example.com", cut.Find("[data-testid=identity-link]").TextContent.Trim()), Patience);
        Assert.Equal("Pending", ChipTexts(cut)[0]);
        Assert.Contains("Confirmation mail sent to someone@example.com. The link expires in 24 hours.", SnackbarMessages);
    }

    [Fact]
    public void DeletingFromARowReloadsTheGridAndConfirms()
    {
        AddSampleIdentities();
        var provider = RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=identity-link]").Count), Patience);

        cut.FindAll("button[data-testid=row-delete]")[0].ClickInRow();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("button[data-testid=confirm-delete]")), Patience);
        provider.Find("button[data-testid=confirm-delete]").Click();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=identity-link]").Count), Patience);
        Assert.Equal(("us-east-1", "ops@example.com"), Assert.Single(Fake.DeleteCalls));
        Assert.Contains("ops@example.com was deleted from us-east-1.", SnackbarMessages);
    }

    [Fact]
    public void SortingByNameIsMappedToTheServiceQuery()
    {
        AddSampleIdentities();
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=identity-link]").Count), Patience);

        // Ascending, then descending: the sort header is the grid's own button now (it was MudDataGrid's state).
        cut.Find("button[data-testid=sort-name]").Click();
        cut.Find("button[data-testid=sort-name]").Click();

        cut.WaitForAssertion(() => Assert.Equal(3, Fake.ListCalls.Count), Patience);
        Assert.Equal(new IdentityQuery(0, 25, null, null, null, IdentitySortField.Name, true), Fake.ListCalls.Last().Query);
    }

    [Fact]
    public void SortingByStatusIsMappedToTheServiceQuery()
    {
        AddSampleIdentities();
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=identity-link]").Count), Patience);

        cut.Find("button[data-testid=sort-status]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, Fake.ListCalls.Count), Patience);
        var query = Fake.ListCalls.Last().Query;
        Assert.Equal(IdentitySortField.Status, query.SortBy);
        Assert.False(query.Descending);
    }
}
