using Microsoft.AspNetCore.Components;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>The shape of a few rows while the first page is read (MudSkeleton's markup, one shared string).</summary>
public static class GridSkeleton
{
    private const string Row =
        "<div class=\"skeleton-row\" data-testid=\"skeleton-row\">"
        + "<span class=\"mud-skeleton mud-skeleton-text mud-skeleton-pulse\" style=\"width:32%;height:22px\"></span>"
        + "<span class=\"mud-skeleton mud-skeleton-text mud-skeleton-pulse\" style=\"width:14%;height:22px\"></span>"
        + "<span class=\"mud-skeleton mud-skeleton-rect mud-skeleton-pulse rounded-lg\" style=\"width:90px;height:24px\"></span>"
        + "<span class=\"mud-skeleton mud-skeleton-text mud-skeleton-pulse\" style=\"width:10%;height:22px\"></span>"
        + "</div>";

    public static MarkupString Rows { get; } = new(
        "<div class=\"skeleton-rows\" data-testid=\"loading\">" + string.Concat(Enumerable.Repeat(Row, 6)) + "</div>");
}
