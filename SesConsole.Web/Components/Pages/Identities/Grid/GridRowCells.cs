using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>
/// A grid row's Type, Verification, DKIM and Feedback cells as one markup string shared by every circuit: one
/// render-tree frame per row instead of about sixteen, in each of the page's two render-tree buffers.
/// </summary>
/// <remarks>
/// Built only from the row's kind, statuses and feedback flag (enums and a bool, at most a few dozen strings per
/// process), never from a name: the identity cell stays Razor markup, so the renderer encodes the name. Blazor parses
/// a markup frame in a <c>template</c>, so sibling cells inside a <c>tr</c> stay cells.
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

    private static string Dkim(VerificationStatus? dkim) => dkim switch
    {
        null => string.Empty,
        VerificationStatus.NotStarted => "<p class=\"mud-typography mud-typography-body2 mud-secondary-text\" data-testid=\"dkim-off\">Not set up</p>",
        { } status => PlainMarkup.StatusChip(status).Value,
    };

    private static string Cell(string label, string content) =>
        $"<td class=\"mud-table-cell\" data-label=\"{label}\">{content}</td>";
}
