using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>
/// The grid's sortable headers (drawn by the page): a real button with MudTable's sort-label look and <c>aria-sort</c>
/// on its cell. A click goes ascending, then descending, then back to the index's own order.
/// </summary>
public static class GridSorting
{
    public static IdentityGridUrl Next(IdentityGridUrl view, IdentitySortField field)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Sort != field)
        {
            return view with { Sort = field, Descending = false };
        }

        return view.Descending ? view with { Sort = IdentitySortField.None, Descending = false } : view with { Descending = true };
    }

    /// <summary>The header's <c>aria-sort</c>: what a screen reader says about the column's order.</summary>
    public static string AriaSort(IdentityGridUrl view, IdentitySortField field)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Sort != field ? "none" : view.Descending ? "descending" : "ascending";
    }

    /// <summary>The header's arrow: hidden until the column sorts, then pointing up (ascending) or down.</summary>
    public static string IconClass(IdentityGridUrl view, IdentitySortField field)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Sort != field
            ? "mud-table-sort-label-icon"
            : view.Descending ? "mud-table-sort-label-icon mud-direction-desc" : "mud-table-sort-label-icon mud-direction-asc";
    }
}
