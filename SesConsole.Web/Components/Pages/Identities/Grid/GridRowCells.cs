using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>
/// A grid row's cells that have no events of their own as markup strings, one render-tree frame each instead of one
/// per element and attribute, in each of the page's two render-tree buffers (kept for as long as the page is open).
/// </summary>
/// <remarks>
/// The Type, Verification, DKIM and Feedback cells are one string shared by every circuit, built only from the row's
/// kind, statuses and feedback flag (enums and a bool, at most a few dozen strings per process). The identity cell
/// holds the name, so it is built per row and never cached; the name and link are HTML-encoded as the renderer
/// encodes them, so the browser reads the name back byte for byte. Blazor parses a markup frame in a
/// <c>template</c>, so sibling cells inside a <c>tr</c> stay cells.
/// </remarks>
public static class GridRowCells
{
    private static readonly ConcurrentDictionary<(IdentityKind Kind, VerificationStatus Status, VerificationStatus? Dkim, bool Missing), MarkupString> Cache = new();

    /// <summary>The four status cells of a row, as the grid draws them.</summary>
    public static MarkupString StatusCells(IdentityRow row) =>
        Cache.GetOrAdd((row.Kind, row.Status, row.Kind == IdentityKind.Domain ? row.DkimStatus : null, row.MissingFeedbackTopics == true), key =>
            new MarkupString(
                Cell("Type", PlainMarkup.KindLabel(key.Kind).Value)
                + Cell("Verification", PlainMarkup.StatusChip(key.Status).Value)
                + Cell("DKIM", Dkim(key.Dkim))
                + Cell("Feedback", key.Missing ? GridChips.FeedbackMissing.Value : string.Empty)));

    /// <summary>The identity cell: the name as a link to its details, and how people write it when it is punycode.</summary>
    public static MarkupString IdentityCell(string name, string href)
    {
        var encoder = HtmlEncoder.Default;
        var unicode = InternationalName.UnicodeFormOf(name) is { } form
            ? $"<div class=\"identity-unicode\" title=\"How people write this name\" data-testid=\"identity-unicode\">{encoder.Encode(form)}</div>"
            : string.Empty;
        return new MarkupString(
            $"<td class=\"mud-table-cell\" data-label=\"Identity\"><a href=\"{encoder.Encode(href)}\" class=\"mud-typography mud-link mud-primary-text mud-link-underline-hover identity-link\""
            + $" data-testid=\"identity-link\">{encoder.Encode(name)}</a>{unicode}</td>");
    }

    private static string Dkim(VerificationStatus? dkim) => dkim switch
    {
        null => string.Empty,
        VerificationStatus.NotStarted => "<p class=\"mud-typography mud-typography-body2 mud-secondary-text\" data-testid=\"dkim-off\">Not set up</p>",
        { } status => PlainMarkup.StatusChip(status).Value,
    };

    private static string Cell(string label, string content) =>
        $"<td class=\"mud-table-cell\" data-label=\"{label}\">{content}</td>";
}
