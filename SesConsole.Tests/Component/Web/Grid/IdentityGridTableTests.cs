using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;

namespace SesConsole.Tests.Component.Web.Grid;

/// <summary>The grid's own pager, sort headers and "pending longer than" chip (it is a plain table now).</summary>
[Trait("Category", "Component")]
public class IdentityGridTableTests : WebTestContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private void AddMany(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Fake.Add("us-east-1", $"user{i:D2}@example.com", IdentityKind.EmailAddress, VerificationStatus.Success);
        }
    }

    private IRenderedComponent<IdentitiesPage> RenderGrid(int rows)
    {
        RenderProviders();
        var cut = Render<IdentitiesPage>(p => p.Add(x => x.Region, "us-east-1"));
        cut.WaitForAssertion(() => Assert.Equal(rows, cut.FindAll("[data-testid=identity-link]").Count), Patience);
        return cut;
    }

    private static string Info(IRenderedComponent<IdentitiesPage> cut) => cut.Find("[data-testid=pager-info]").TextContent.Trim();

    private static AngleSharp.Dom.IElement PagerButton(IRenderedComponent<IdentitiesPage> cut, string label) =>
        cut.Find($"[data-testid=grid-pager] button[aria-label='{label}']");

    [Fact]
    public void ThePagerSaysWhichRowsOfHowManyAndOnlyOffersPagesThatExist()
    {
        AddMany(30);

        var cut = RenderGrid(25);

        Assert.Equal("1-25 of 30", Info(cut));
        Assert.True(PagerButton(cut, "First page").HasAttribute("disabled"));
        Assert.True(PagerButton(cut, "Previous page").HasAttribute("disabled"));
        Assert.False(PagerButton(cut, "Next page").HasAttribute("disabled"));
        Assert.False(PagerButton(cut, "Last page").HasAttribute("disabled"));
    }

    [Fact]
    public void NextPageReadsTheSecondPageAndPutsItInTheUrl()
    {
        AddMany(30);
        var cut = RenderGrid(25);

        PagerButton(cut, "Next page").Click();

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=identity-link]").Count), Patience);
        Assert.Equal("26-30 of 30", Info(cut));
        Assert.Equal(1, Fake.ListCalls.Last().Query.PageIndex);
        Assert.EndsWith("/regions/us-east-1/identities?page=2", Navigation.Uri, StringComparison.Ordinal);
        Assert.True(PagerButton(cut, "Next page").HasAttribute("disabled"));
        Assert.False(PagerButton(cut, "Previous page").HasAttribute("disabled"));
    }

    [Fact]
    public void LastAndFirstPageJumpToTheEnds()
    {
        AddMany(80);
        var cut = RenderGrid(25);

        PagerButton(cut, "Last page").Click();
        cut.WaitForAssertion(() => Assert.Equal("76-80 of 80", Info(cut)), Patience);
        PagerButton(cut, "First page").Click();

        cut.WaitForAssertion(() => Assert.Equal("1-25 of 80", Info(cut)), Patience);
        Assert.Equal([0, 3, 0], Fake.ListCalls.Select(c => c.Query.PageIndex));
    }

    [Fact]
    public void AnotherPageSizeStartsAgainOnPageOneAndIsInTheUrl()
    {
        AddMany(80);
        Navigation.NavigateTo("/regions/us-east-1/identities?page=2");
        var cut = RenderGrid(25);

        cut.Find("select[data-testid=page-size]").Change("50");

        cut.WaitForAssertion(() => Assert.Equal(50, cut.FindAll("[data-testid=identity-link]").Count), Patience);
        Assert.Equal((0, 50), (Fake.ListCalls.Last().Query.PageIndex, Fake.ListCalls.Last().Query.PageSize));
        Assert.EndsWith("/regions/us-east-1/identities?size=50", Navigation.Uri, StringComparison.Ordinal);
        Assert.Equal("1-50 of 80", Info(cut));
    }

    [Fact]
    public void SortHeadersAreButtonsWhoseCellSaysTheOrderToScreenReaders()
    {
        AddMany(3);
        var cut = RenderGrid(3);
        var nameHeader = () => cut.Find("button[data-testid=sort-name]").ParentElement!;
        Assert.Equal("none", nameHeader().GetAttribute("aria-sort"));

        cut.Find("button[data-testid=sort-name]").Click();
        cut.WaitForAssertion(() => Assert.Equal("ascending", nameHeader().GetAttribute("aria-sort")), Patience);
        cut.Find("button[data-testid=sort-name]").Click();

        cut.WaitForAssertion(() => Assert.Equal("descending", nameHeader().GetAttribute("aria-sort")), Patience);
        Assert.Equal("none", cut.Find("button[data-testid=sort-status]").ParentElement!.GetAttribute("aria-sort"));
        Assert.Equal("user02@example.com", cut.Find("[data-testid=identity-link]").TextContent);
        Assert.EndsWith("/regions/us-east-1/identities?sort=-name", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePendingOverFilterComesFromTheUrlAsARemovableChip()
    {
        Fake.Add("us-east-1", "slow.example", IdentityKind.Domain, VerificationStatus.Pending);
        Navigation.NavigateTo("/regions/us-east-1/identities?type=domain&pendingOver=24h");
        RenderProviders();

        var cut = Render<IdentitiesPage>(p => p.Add(x => x.Region, "us-east-1"));

        cut.WaitForAssertion(() => Assert.NotEmpty(Fake.ListCalls), Patience);
        Assert.Equal(TimeSpan.FromHours(24), Fake.ListCalls.First().Query.PendingOver);
        Assert.Equal(IdentityKind.Domain, Fake.ListCalls.First().Query.Kind);
        Assert.Equal("Pending over 24 h", cut.Find("[data-testid=pending-over-chip]").TextContent.Trim());

        cut.Find("button[data-testid=pending-over-remove]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=pending-over-chip]")), Patience);
        Assert.Null(Fake.ListCalls.Last().Query.PendingOver);
        Assert.Equal(IdentityKind.Domain, Fake.ListCalls.Last().Query.Kind);
        Assert.EndsWith("/regions/us-east-1/identities?type=domain", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidValueInTheUrlIsDroppedFromTheUrlAndTheRestIsShown()
    {
        Fake.Add("us-east-1", "slow.example", IdentityKind.Domain, VerificationStatus.Pending);
        Navigation.NavigateTo("/regions/us-east-1/identities?pendingOver=soon&status=pending&page=zero");
        RenderProviders();

        var cut = Render<IdentitiesPage>(p => p.Add(x => x.Region, "us-east-1"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=identity-link]")), Patience);
        Assert.EndsWith("/regions/us-east-1/identities?status=pending", Navigation.Uri, StringComparison.Ordinal);
        Assert.Null(Fake.ListCalls.Single().Query.PendingOver);
        Assert.Empty(cut.FindAll("[data-testid=pending-over-chip]"));
    }

    [Fact]
    public void TheFilterSelectsAreLabelledNativeSelectsThatFilterTheQuery()
    {
        AddMany(3);
        Fake.Add("us-east-1", "example.com", IdentityKind.Domain, VerificationStatus.Pending);
        var cut = RenderGrid(4);
        var kind = cut.Find("select[data-testid=kind-filter]");
        Assert.Equal("Type", cut.Find($"label[for='{kind.Id}']").TextContent.Trim());

        cut.Find("select[data-testid=kind-filter]").Change(nameof(IdentityKind.Domain));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=identity-link]")), Patience);
        cut.Find("select[data-testid=status-filter]").Change(nameof(VerificationStatus.Pending));

        cut.WaitForAssertion(() => Assert.Equal(VerificationStatus.Pending, Fake.ListCalls.Last().Query.Status), Patience);
        Assert.Equal(IdentityKind.Domain, Fake.ListCalls.Last().Query.Kind);
        Assert.EndsWith("/regions/us-east-1/identities?type=domain&status=pending", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSearchCounterCountsWhatIsTypedUpToTheLimit()
    {
        AddMany(3);
        var cut = RenderGrid(3);

        cut.Find("input[data-testid=search]").Input(new string('a', 300));

        Assert.Equal("256 / 256", cut.Find(".search-field .mud-input-helper-text").TextContent.Trim());
        Assert.Equal("256", cut.Find("input[data-testid=search]").GetAttribute("maxlength"));
    }
}
