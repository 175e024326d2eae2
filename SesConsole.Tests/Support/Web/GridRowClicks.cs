using AngleSharp.Dom;
using Bunit;
using SesConsole.Web.Components.Pages.Identities.Grid;

namespace SesConsole.Tests.Support.Web;

/// <summary>
/// What a click on a grid row's checkbox or Delete button sends, as the app's JS initializer builds it: the
/// <c>gridrowaction</c> event on the table body with the control's <c>data-action</c> and its row's <c>data-name</c>
/// and <c>data-region</c>. bUnit has no browser to run that script, so tests raise the event the script would.
/// </summary>
public static class GridRowClicks
{
    private const string EventName = "ongridrowaction";

    /// <summary>Clicks <paramref name="control"/> (a row's checkbox or Delete button) through the table body's handler.</summary>
    public static void ClickInRow(this IElement control)
    {
        ArgumentNullException.ThrowIfNull(control);
        var row = control.Closest("tr[data-name]") ?? throw new InvalidOperationException("The control is not in a grid row.");
        SendRowAction(row, control.GetAttribute("data-action"), row.GetAttribute("data-name"), row.GetAttribute("data-region"));
    }

    /// <summary>Sends whatever a (possibly tampered) browser could: any action, name and region, from inside <paramref name="inside"/>.</summary>
    public static void SendRowAction(IElement inside, string? action, string? name, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(inside);
        var body = inside.Closest("tbody") ?? inside.QuerySelector("tbody") ?? throw new InvalidOperationException("No table body.");
        body.TriggerEvent(EventName, new GridRowActionEventArgs { Action = action, Name = name, Region = region });
    }
}
