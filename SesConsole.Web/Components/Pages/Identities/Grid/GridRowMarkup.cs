using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>What a grid row's HTML depends on besides the row itself.</summary>
[Flags]
public enum GridRowFlags
{
    None = 0,

    /// <summary>The Delete button (the page's one role check).</summary>
    Admin = 1,

    /// <summary>The selection checkbox (an Admin in one region's grid).</summary>
    CanSelect = 2,

    /// <summary>The checkbox is checked.</summary>
    Selected = 4,

    /// <summary>Every row matching the view is selected: the checkbox is checked and disabled.</summary>
    AllMatching = 8,

    /// <summary>The All regions view: a Region cell, and the row says its region for the delegated actions.</summary>
    AllRegions = 16,
}

/// <summary>
/// A whole grid row as one markup string: one render-tree frame per row instead of about 36 in each of the page's two
/// render-tree buffers, and the same string instance for every circuit showing that row the same way. Its controls
/// carry no handlers of their own: the checkbox and Delete say their action in <c>data-action</c> and the row its name
/// (and, in the All regions view, its region) in <c>data-name</c>/<c>data-region</c>, and one handler on the table body
/// acts (<see cref="GridRowActions"/>). The HTML is the one the Razor rows rendered (test <c>GridRowHtmlTests</c>).
/// </summary>
/// <remarks>
/// Names come from SES and are untrusted: every name, region and link is HTML-encoded here, in text and in
/// attributes. The cache is keyed by every value the HTML is built from (the name compared ordinally, byte for byte)
/// and bounded to <see cref="MaxEntries"/> rows: when full it is emptied and fills again with what is shown now
/// (strings still on someone's screen live on in that circuit's render tree). A row's string is 2,100 to 4,300
/// characters (3,200 on average), so the cache holds at most about 13 to 17 MB, in practice the few pages operators
/// are looking at.
/// </remarks>
public static class GridRowMarkup
{
    /// <summary>The most rows the process keeps (distinct row and flag combinations).</summary>
    public const int MaxEntries = 2048;

    private static readonly ConcurrentDictionary<Key, MarkupString> Cache = new();
    private static int _entries;

    /// <summary>Rows in the cache now (for tests of the bound).</summary>
    internal static int Count => Cache.Count;

    /// <summary>The row as the grid draws it, linking to <paramref name="href"/>.</summary>
    public static MarkupString Row(IdentityRow row, string href, GridRowFlags flags)
    {
        ArgumentNullException.ThrowIfNull(row);
        var key = new Key(row.Name, row.Region, href, row.Kind, row.Status, row.DkimStatus, row.MissingFeedbackTopics, Significant(flags));
        if (Cache.TryGetValue(key, out var markup))
        {
            return markup;
        }

        markup = new MarkupString(Build(row, href, key.Flags));
        if (Interlocked.Increment(ref _entries) > MaxEntries)
        {
            Cache.Clear();
            Interlocked.Exchange(ref _entries, 1);
        }

        return Cache.GetOrAdd(key, markup);
    }

    /// <summary>Selection flags only matter where there is a checkbox: every viewer shares the same rows.</summary>
    private static GridRowFlags Significant(GridRowFlags flags) =>
        flags.HasFlag(GridRowFlags.CanSelect) ? flags : flags & ~(GridRowFlags.Selected | GridRowFlags.AllMatching);

    private static string Build(IdentityRow row, string href, GridRowFlags flags)
    {
        var name = WebUtility.HtmlEncode(row.Name);
        var link = WebUtility.HtmlEncode(href);
        var allRegions = flags.HasFlag(GridRowFlags.AllRegions);
        var html = new StringBuilder(4096);
        html.Append("<tr class=\"mud-table-row\" data-name=\"").Append(name).Append('"');
        if (allRegions)
        {
            html.Append(" data-region=\"").Append(WebUtility.HtmlEncode(row.Region)).Append('"');
        }

        html.Append('>');
        if (flags.HasFlag(GridRowFlags.CanSelect))
        {
            html.Append("<td class=\"mud-table-cell row-select\"><input type=\"checkbox\" class=\"mud-checkbox-input select-box\"")
                .Append(flags.HasFlag(GridRowFlags.Selected) || flags.HasFlag(GridRowFlags.AllMatching) ? " checked" : string.Empty)
                .Append(flags.HasFlag(GridRowFlags.AllMatching) ? " disabled" : string.Empty)
                .Append(" aria-label=\"Select ").Append(name).Append("\" data-testid=\"select-row\" data-action=\"")
                .Append(GridRowActions.ToggleSelect).Append("\"></td>");
        }

        html.Append("<td class=\"mud-table-cell\" data-label=\"Identity\"><a href=\"").Append(link)
            .Append("\" class=\"mud-typography mud-link mud-primary-text mud-link-underline-hover identity-link\" data-testid=\"identity-link\">")
            .Append(name).Append("</a>");
        if (InternationalName.UnicodeFormOf(row.Name) is { } unicode)
        {
            html.Append("<div class=\"identity-unicode\" title=\"How people write this name\" data-testid=\"identity-unicode\">")
                .Append(WebUtility.HtmlEncode(unicode)).Append("</div>");
        }

        html.Append("</td>");
        if (allRegions)
        {
            html.Append("<td class=\"mud-table-cell\" data-label=\"Region\"><p class=\"mud-typography mud-typography-body2\" data-testid=\"row-region\">")
                .Append(WebUtility.HtmlEncode(row.Region)).Append("</p></td>");
        }

        // The browser's own tooltip (title), not a MudTooltip per row.
        html.Append(GridRowCells.StatusCells(row).Value)
            .Append("<td class=\"mud-table-cell row-actions\"><a href=\"").Append(link)
            .Append("\" class=\"mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-size-small\" title=\"Details\" aria-label=\"Details of ")
            .Append(name).Append("\" data-testid=\"row-details\">").Append(PlainMarkup.IconButtonLabel(Icons.Material.Outlined.Info).Value).Append("</a>");
        if (flags.HasFlag(GridRowFlags.Admin))
        {
            html.Append("<button type=\"button\" class=\"mud-button-root mud-icon-button mud-error-text hover:mud-error-hover mud-ripple mud-ripple-icon mud-icon-button-size-small\" title=\"Delete\" aria-label=\"Delete ")
                .Append(name).Append("\" data-testid=\"row-delete\" data-action=\"").Append(GridRowActions.Delete).Append("\">")
                .Append(PlainMarkup.IconButtonLabel(Icons.Material.Outlined.Delete).Value).Append("</button>");
        }

        return html.Append("</td></tr>").ToString();
    }

    private readonly record struct Key(
        string Name,
        string? Region,
        string Href,
        IdentityKind Kind,
        VerificationStatus Status,
        VerificationStatus? Dkim,
        bool? MissingFeedbackTopics,
        GridRowFlags Flags);
}
