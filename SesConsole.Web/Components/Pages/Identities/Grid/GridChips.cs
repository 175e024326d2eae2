using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>The grid's chips as text and shared markup (MudChip's classes; a MudChip per row costs every circuit).</summary>
public static class GridChips
{
    /// <summary>A row whose identity has no bounce or no complaint topic.</summary>
    public static MarkupString FeedbackMissing { get; } = new(
        "<div class=\"mud-chip-container\">"
        + "<div class=\"mud-chip mud-chip-outlined mud-chip-size-small mud-chip-color-warning feedback-chip\" tabindex=\"-1\""
        + " title=\"SES tells nobody about bounces or complaints by SNS: set both topics on the details page\""
        + " data-testid=\"feedback-missing\"><span class=\"mud-chip-content\">No bounce/complaint topic</span></div></div>");

    /// <summary>"Pending over 24 h", "Pending over 3 days" (whole days from 48 hours on, as the overview says ages).</summary>
    public static string PendingOverLabel(TimeSpan age) =>
        age.TotalHours >= 48 && age.TotalHours % 24 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"Pending over {age.TotalHours:0} h ({age.TotalDays:0} days)")
            : string.Create(CultureInfo.InvariantCulture, $"Pending over {age.TotalHours:0} h");
}
