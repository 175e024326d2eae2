using System.Globalization;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>The pager's arithmetic: the last page and the "1-25 of 120" line.</summary>
public static class GridPaging
{
    /// <summary>One-based; 1 for an empty view.</summary>
    public static int LastPage(int totalCount, int pageSize) =>
        totalCount <= 0 || pageSize <= 0 ? 1 : (int)Math.Ceiling(totalCount / (double)pageSize);

    /// <summary>"1-25 of 120", "26-30 of 30", "0-0 of 0"; "of 1,000+" while the count is a lower bound.</summary>
    public static string Info(int page, int pageSize, int rowCount, int totalCount, bool totalIsExact)
    {
        var first = rowCount == 0 ? 0 : ((page - 1) * pageSize) + 1;
        var last = rowCount == 0 ? 0 : first + rowCount - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{first}-{last} of {totalCount:N0}{(totalIsExact ? string.Empty : "+")}");
    }
}
