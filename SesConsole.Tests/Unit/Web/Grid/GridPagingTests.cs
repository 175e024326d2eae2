using SesConsole.Core.Identities;
using SesConsole.Web.Components.Pages.Identities.Grid;

namespace SesConsole.Tests.Unit.Web.Grid;

[Trait("Category", "Unit")]
public class GridPagingTests
{
    [Theory]
    [InlineData(0, 25, 1)]
    [InlineData(25, 25, 1)]
    [InlineData(26, 25, 2)]
    [InlineData(100, 50, 2)]
    public void TheLastPageHoldsTheRestAndAnEmptyViewHasOnePage(int total, int size, int last) =>
        Assert.Equal(last, GridPaging.LastPage(total, size));

    [Fact]
    public void TheInfoLineCountsFromOneAndMarksALowerBound()
    {
        Assert.Equal("1-25 of 30", GridPaging.Info(1, 25, 25, 30, totalIsExact: true));
        Assert.Equal("26-30 of 30", GridPaging.Info(2, 25, 5, 30, totalIsExact: true));
        Assert.Equal("0-0 of 0", GridPaging.Info(1, 25, 0, 0, totalIsExact: true));
        Assert.Equal("1-25 of 1,000+", GridPaging.Info(1, 25, 25, 1000, totalIsExact: false));
    }

    [Fact]
    public void ASortHeaderGoesAscendingThenDescendingThenBackToTheIndexOrder()
    {
        var view = IdentityGridUrl.Default;

        var ascending = GridSorting.Next(view, IdentitySortField.Name);
        var descending = GridSorting.Next(ascending, IdentitySortField.Name);
        var none = GridSorting.Next(descending, IdentitySortField.Name);

        Assert.Equal((IdentitySortField.Name, false), (ascending.Sort, ascending.Descending));
        Assert.Equal((IdentitySortField.Name, true), (descending.Sort, descending.Descending));
        Assert.Equal((IdentitySortField.None, false), (none.Sort, none.Descending));
        Assert.Equal(("ascending", "none"), (GridSorting.AriaSort(ascending, IdentitySortField.Name), GridSorting.AriaSort(ascending, IdentitySortField.Status)));
        Assert.Equal("descending", GridSorting.AriaSort(descending, IdentitySortField.Name));
    }
}
