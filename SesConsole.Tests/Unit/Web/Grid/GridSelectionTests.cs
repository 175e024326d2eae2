using SesConsole.Web.Components.Pages.Identities.Grid;

namespace SesConsole.Tests.Unit.Web.Grid;

[Trait("Category", "Unit")]
public class GridSelectionTests
{
    private static readonly string[] Page = ["a.example", "Mixed.Case@Example.COM", "xn--bcher-kva.example"];

    [Fact]
    public void TogglingPicksAndUnpicksOneNameInTheOrderPicked()
    {
        var selection = new GridSelection();

        selection.Toggle("xn--bcher-kva.example");
        selection.Toggle("a.example");
        selection.Toggle("b.example");
        selection.Toggle("a.example");

        Assert.Equal(["xn--bcher-kva.example", "b.example"], selection.Names);
        Assert.False(selection.IsSelected("a.example"));
    }

    [Fact]
    public void NamesDifferingOnlyInCaseAreDifferentRows()
    {
        var selection = new GridSelection();

        selection.Toggle("Mixed.Case@Example.COM");

        Assert.True(selection.IsSelected("Mixed.Case@Example.COM"));
        Assert.False(selection.IsSelected("mixed.case@example.com"));
    }

    [Fact]
    public void ThePageCheckboxSelectsTheRestOfThePageThenUnselectsIt()
    {
        var selection = new GridSelection();
        selection.Toggle("elsewhere.example");
        selection.Toggle("a.example");

        selection.TogglePage(Page);

        Assert.True(selection.IsPageSelected(Page));
        Assert.Equal(["elsewhere.example", "a.example", "Mixed.Case@Example.COM", "xn--bcher-kva.example"], selection.Names);

        selection.TogglePage(Page);

        Assert.False(selection.IsPageSelected(Page));
        Assert.Equal(["elsewhere.example"], selection.Names);
    }

    [Fact]
    public void AnEmptyPageIsNeverSelected()
    {
        Assert.False(new GridSelection().IsPageSelected([]));
    }

    [Fact]
    public void AllMatchingSelectsEveryRowAndIgnoresSingleTogglesUntilCleared()
    {
        var selection = new GridSelection();
        selection.SelectAllMatching();

        selection.Toggle("a.example");

        Assert.True(selection.IsSelected("anything.example"));
        Assert.False(selection.IsEmpty);
        Assert.Empty(selection.Names);

        selection.Clear();

        Assert.True(selection.IsEmpty);
        Assert.False(selection.IsSelected("anything.example"));
    }

    [Fact]
    public void UnselectingThePageAlsoEndsAllMatching()
    {
        var selection = new GridSelection();
        selection.SelectAllMatching();

        selection.TogglePage(Page);

        Assert.False(selection.AllMatching);
        Assert.True(selection.IsEmpty);
    }
}
