using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>What a click on a sortable header does: ascending, then descending, then the index's own order.</summary>
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
}
