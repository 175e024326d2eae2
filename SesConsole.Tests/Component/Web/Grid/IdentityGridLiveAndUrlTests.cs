using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Layout;
using SesConsole.Web.Components.Pages.Identities;
using SesConsole.Web.State;

namespace SesConsole.Tests.Component.Web.Grid;

[Trait("Category", "Component")]
public class IdentityGridLiveAndUrlTests : WebTestContext
{

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private void AddSample()
    {
        Fake.Add("us-east-1", "ops@example.com", IdentityKind.EmailAddress, VerificationStatus.Success);
        Fake.Add("us-east-1", "example.com", IdentityKind.Domain, VerificationStatus.Pending);
        Fake.Add("eu-west-1", "eu.example.org", IdentityKind.Domain, VerificationStatus.Success);
    }

    private static List<string> Chips(IRenderedComponent<IdentitiesPage> cut) =>
        cut.FindAll(".status-chip").Select(c => c.TextContent.Trim()).ToList();

    private void SesVerifies(string region, string name)
    {
        var list = Fake.Identities[region];
        var index = list.FindIndex(i => i.Name == name);
        list[index] = list[index] with { Status = VerificationStatus.Success };
    }

    private static IdentityIndexChanged Verified(string region, string name) =>
        new(region, IndexChangeKind.Identities,
            [new IdentityStatusChange(region, name, VerificationStatus.Pending, VerificationStatus.Success, DateTimeOffset.UnixEpoch)]);

    [Fact]
    public void AStatusChangeFromTheSyncShowsInTheOpenGridWithoutAReload()
    {
        AddSample();
        Fake.Dkim["example.com"] = new DkimInfo(true, VerificationStatus.Pending, ["t1", "t2", "t3"]);
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.Equal(["Verified", "Pending", "Pending"], Chips(cut)), Patience);

        SesVerifies("us-east-1", "example.com");
        IndexChanges.Publish(Verified("us-east-1", "example.com"));

        // Verification turns Verified; the DKIM chip (still Pending) stays on screen.
        cut.WaitForAssertion(() => Assert.Equal(["Verified", "Verified", "Pending"], Chips(cut)), Patience);
        Assert.Empty(Fake.RefreshCalls);
        // DKIM comes from the index with every page: neither the first load nor a live update costs SES a call.
        Assert.Empty(Fake.DkimCalls);
    }

    [Fact]
    public void AChangeInAnotherRegionLeavesTheGridAlone()
    {
        AddSample();
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=identity-link]").Count), Patience);

        IndexChanges.Publish(Verified("eu-west-1", "eu.example.org"));
        IndexChanges.Publish(Verified("us-east-1", "example.com"));

        // The us-east-1 change proves the queue ran past the eu-west-1 one.
        cut.WaitForAssertion(() => Assert.Equal(2, Fake.ListCalls.Count), Patience);
        Assert.All(Fake.ListCalls, c => Assert.Equal("us-east-1", c.Region));
    }

    [Fact]
    public async Task AClosedGridStopsListening()
    {
        AddSample();
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=identity-link]").Count), Patience);
        Assert.Equal(1, IndexChanges.SubscriberCount);

        await cut.Instance.DisposeAsync();

        Assert.Equal(0, IndexChanges.SubscriberCount);
    }

    [Fact]
    public void TheOperatorWhoStartedAVerificationIsToldWhenItIsVerified()
    {
        RenderProviders();
        Render<VerificationNotices>();
        // Re-renders whenever a snackbar is added: what the test waits on.
        var snackbars = Render<MudBlazor.MudSnackbarProvider>();
        var started = Services.GetRequiredService<StartedVerifications>();
        started.Add("us-east-1", "example.com");
        started.Add("us-east-1", "last.example");

        IndexChanges.Publish(Verified("us-east-1", "other.example"));
        IndexChanges.Publish(Verified("us-east-1", "example.com"));
        IndexChanges.Publish(Verified("us-east-1", "example.com"));
        IndexChanges.Publish(Verified("us-east-1", "last.example"));

        // Changes are handled in order: once the last one is shown, the others have been handled.
        snackbars.WaitForAssertion(
            () => Assert.True(SnackbarMessages.Contains("last.example is now verified in us-east-1."),
                $"shown: [{string.Join("; ", SnackbarMessages)}], logged: [{string.Join("; ", IndexChangeLog.Entries)}]"),
            Patience);
        Assert.Equal(["example.com is now verified in us-east-1.", "last.example is now verified in us-east-1."], SnackbarMessages);
    }

    [Fact]
    public void AnOpenDetailsPageShowsTheNewStatusWithoutAskingSesAgain()
    {
        Fake.Details["us-east-1/example.com"] = new IdentityDetails(
            "example.com", IdentityKind.Domain, VerificationStatus.Pending, "tok3n=", null, null, null, []);
        RenderProviders();
        var cut = Render<IdentityDetailsPage>(p => p.Add(x => x.Region, "us-east-1").Add(x => x.Identity, "example.com"));
        cut.WaitForAssertion(() => Assert.Equal("Pending", cut.Find(".status-chip").TextContent.Trim()), Patience);

        IndexChanges.Publish(Verified("us-east-1", "example.com"));

        cut.WaitForAssertion(() => Assert.Equal("Verified", cut.Find(".status-chip").TextContent.Trim()), Patience);
        Assert.Single(Fake.DetailsCalls);
    }

    [Fact]
    public void TheUrlsViewIsWhatTheGridAsksFor()
    {
        AddSample();
        Navigation.NavigateTo("/regions/us-east-1/identities?q=example&type=domain&status=pending&sort=-name&page=2&size=50");
        RenderProviders();

        var cut = Render<IdentitiesPage>(p => p.Add(x => x.Region, "us-east-1"));

        cut.WaitForAssertion(() => Assert.NotEmpty(Fake.ListCalls), Patience);
        var (region, query) = Fake.ListCalls.First();
        Assert.Equal("us-east-1", region);
        Assert.Equal(new IdentityQuery(1, 50, "example", IdentityKind.Domain, VerificationStatus.Pending, IdentitySortField.Name, true), query);
    }

    [Fact]
    public void TheNoFeedbackTopicFilterComesFromTheUrlAndItsRowsCarryTheChip()
    {
        AddSample();
        Fake.MissingFeedbackTopics.Add("example.com");
        Navigation.NavigateTo("/regions/us-east-1/identities?feedback=missing");
        RenderProviders();

        var cut = Render<IdentitiesPage>(p => p.Add(x => x.Region, "us-east-1"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=identity-link]")), Patience);
        Assert.Equal("example.com", cut.Find("[data-testid=identity-link]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=feedback-missing]"));
        Assert.True(Fake.ListCalls.First().Query.MissingFeedbackTopics);
        Assert.Empty(Fake.DkimCalls);
    }

    [Fact]
    public void SearchingPutsTheSearchInTheUrl()
    {
        AddSample();
        RenderProviders();
        var cut = Render<IdentitiesPage>(p => p.Add(x => x.Region, "us-east-1"));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=identity-link]").Count), Patience);

        cut.Find(".search-field input").Input("ops+1");
        Time.Advance(TimeSpan.FromMilliseconds(400));

        cut.WaitForAssertion(() => Assert.EndsWith("/regions/us-east-1/identities?q=ops%2B1", Navigation.Uri, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void AnUnknownRegionInTheUrlOpensTheDefaultRegionInsteadOfAnError()
    {
        RenderProviders();

        Render<IdentitiesPage>(p => p.Add(x => x.Region, "mars-north-1"));

        Assert.EndsWith("/regions/us-east-1/identities", Navigation.Uri, StringComparison.Ordinal);
        Assert.DoesNotContain(Fake.ListCalls, c => c.Region == "mars-north-1");
    }

    [Fact]
    public void AllRegionsShowsEveryRegionsRowsWithTheirRegion()
    {
        AddSample();
        RenderProviders();

        var cut = Render<IdentitiesPage>(p => p.Add(x => x.Region, "all"));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=identity-link]").Count), Patience);
        Assert.Equal(["us-east-1", "us-east-1", "eu-west-1"], cut.FindAll("[data-testid=row-region]").Select(r => r.TextContent.Trim()));
        Assert.Equal("/regions/eu-west-1/identities/eu.example.org", cut.FindAll("[data-testid=identity-link]")[2].GetAttribute("href"));
        Assert.Equal(FakeIdentityService.AllRegions, Fake.ListCalls.Single().Region);
        Assert.NotNull(cut.Find("[data-testid=sync-state-eu-west-1]"));
    }

    [Fact]
    public void TheAllRegionsViewsRegionFilterComesFromTheUrl()
    {
        AddSample();
        Navigation.NavigateTo("/regions/all/identities?region=eu-west-1");
        RenderProviders();

        var cut = Render<IdentitiesPage>(p => p.Add(x => x.Region, "all"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=identity-link]")), Patience);
        Assert.Equal("eu-west-1", Fake.ListCalls.Single().Region);
    }
}
