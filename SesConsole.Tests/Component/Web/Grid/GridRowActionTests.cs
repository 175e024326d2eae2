using Bunit;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;
using SesConsole.Web.Components.Pages.Identities.Grid;

namespace SesConsole.Tests.Component.Web.Grid;

/// <summary>The rows' checkbox and Delete through the table body's one delegated handler.</summary>
[Trait("Category", "Component")]
public sealed class GridRowActionTests : WebTestContext
{
    private const string Hostile = GridRowHtmlTests.HostileName;

    private (IRenderedComponent<MudDialogProvider> Provider, IRenderedComponent<IdentitiesPage> Page) RenderGrid(string region = "us-east-1")
    {
        Fake.Add("us-east-1", Hostile, IdentityKind.EmailAddress, VerificationStatus.Success);
        Fake.Add("us-east-1", "shared.example", IdentityKind.Domain, VerificationStatus.Success);
        Fake.Add("eu-west-1", "shared.example", IdentityKind.Domain, VerificationStatus.Pending);
        var provider = RenderProviders();
        var page = Render<IdentitiesPage>(p => p.Add(x => x.Region, region));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=identity-link]")), Patience);
        return (provider, page);
    }

    private static AngleSharp.Dom.IElement Box(IRenderedComponent<IdentitiesPage> page, int index) =>
        page.FindAll("input[data-testid=select-row]")[index];

    private static string DeleteSelectedLabel(IRenderedComponent<IdentitiesPage> page) =>
        page.Find("button[data-testid=delete-selected]").TextContent.Trim();

    [Fact]
    public void TheCheckboxTogglesItsRowByTheRowsExactName()
    {
        var (_, page) = RenderGrid();
        Assert.Equal(Hostile, page.FindAll("tbody tr")[0].GetAttribute("data-name"));

        Box(page, 0).ClickInRow();

        Assert.True(Box(page, 0).HasAttribute("checked"));
        Assert.False(Box(page, 1).HasAttribute("checked"));
        Assert.Equal("Delete 1 selected", DeleteSelectedLabel(page));

        Box(page, 0).ClickInRow();

        Assert.False(Box(page, 0).HasAttribute("checked"));
        Assert.Equal("Delete selected", DeleteSelectedLabel(page));
    }

    [Fact]
    public void DeleteOpensTheConfirmationWithTheExactName()
    {
        var (provider, page) = RenderGrid();

        page.FindAll("button[data-testid=row-delete]")[0].ClickInRow();

        provider.WaitForAssertion(() => Assert.Equal(Hostile, provider.Find("[data-testid=delete-dialog] .identity-name").TextContent), Patience);
        provider.Find("button[data-testid=confirm-delete]").Click();
        page.WaitForAssertion(() => Assert.Equal(("us-east-1", Hostile), Assert.Single(Fake.DeleteCalls)), Patience);
    }

    [Fact]
    public void InTheAllRegionsViewDeleteTakesTheRowOfTheRegionClicked()
    {
        var (provider, page) = RenderGrid(IdentityRoutes.AllRegions);
        var euRow = page.FindAll("tbody tr").Single(r => r.GetAttribute("data-region") == "eu-west-1");

        euRow.QuerySelector("button[data-testid=row-delete]")!.ClickInRow();

        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=confirm-input] input, input[data-testid=confirm-input]")), Patience);
        provider.Find("[data-testid=confirm-input] input, input[data-testid=confirm-input]").Input("shared.example");
        provider.WaitForAssertion(() => Assert.False(provider.Find("button[data-testid=confirm-delete]").HasAttribute("disabled")), Patience);
        provider.Find("button[data-testid=confirm-delete]").Click();
        page.WaitForAssertion(() => Assert.Equal(("eu-west-1", "shared.example"), Assert.Single(Fake.DeleteCalls)), Patience);
    }

    [Theory]
    [InlineData(GridRowActions.ToggleSelect, "o'brien&\"co\"<b>x</b>@example.com", null)]
    [InlineData(GridRowActions.ToggleSelect, "not-on-this-page.example", null)]
    [InlineData(GridRowActions.Delete, "not-on-this-page.example", null)]
    [InlineData("format-disk", Hostile, null)]
    [InlineData(null, Hostile, null)]
    [InlineData(GridRowActions.Delete, null, null)]
    public void AnActionOnNoRowThePageShowsChangesNothingAndDoesNotRender(string? action, string? name, string? region)
    {
        var (provider, page) = RenderGrid();
        var renders = page.RenderCount;

        GridRowClicks.SendRowAction(page.Find("tbody"), action, name, region);

        Assert.Equal(renders, page.RenderCount);
        Assert.All(page.FindAll("input[data-testid=select-row]"), b => Assert.False(b.HasAttribute("checked")));
        Assert.Equal("Delete selected", DeleteSelectedLabel(page));
        Assert.Empty(provider.FindAll("[data-testid=delete-dialog]"));
    }

    [Fact]
    public void InTheAllRegionsViewARowOfAnotherRegionThanItsOwnIsNotFound()
    {
        var (provider, page) = RenderGrid(IdentityRoutes.AllRegions);

        GridRowClicks.SendRowAction(page.Find("tbody"), GridRowActions.Delete, Hostile, "eu-west-1");

        Assert.Empty(provider.FindAll("[data-testid=delete-dialog]"));
    }

    [Fact]
    public void AViewersBrowserAskingToDeleteAShownRowOpensNothing()
    {
        SignInAsViewer();
        var (provider, page) = RenderGrid();
        Assert.Empty(page.FindAll("button[data-testid=row-delete]"));

        GridRowClicks.SendRowAction(page.Find("tbody"), GridRowActions.Delete, Hostile);
        GridRowClicks.SendRowAction(page.Find("tbody"), GridRowActions.ToggleSelect, Hostile);

        Assert.Empty(provider.FindAll("[data-testid=delete-dialog]"));
        Assert.Empty(page.FindAll("input[data-testid=select-row]"));
    }

    [Fact]
    public void WhileAllMatchingIsSelectedARowCannotBeUnticked()
    {
        var (_, page) = RenderGrid();
        page.Find("input[data-testid=select-page]").Change(true);
        page.Find("button[data-testid=select-all-matching]").Click();

        GridRowClicks.SendRowAction(page.Find("tbody"), GridRowActions.ToggleSelect, Hostile);

        Assert.All(page.FindAll("input[data-testid=select-row]"), b => Assert.True(b.HasAttribute("checked") && b.HasAttribute("disabled")));
        Assert.StartsWith("Delete all", DeleteSelectedLabel(page), StringComparison.Ordinal);
    }
}
