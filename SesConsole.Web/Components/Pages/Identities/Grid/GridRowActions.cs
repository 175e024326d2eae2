using Microsoft.AspNetCore.Components;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>
/// The grid rows' actions, delegated: a click in the table body becomes one <c>gridrowaction</c> event (registered by
/// <c>wwwroot/SesConsole.Web.lib.module.js</c>), whose arguments say which control was clicked
/// (<c>data-action</c>) in which row (<c>data-name</c>, <c>data-region</c>). They come from the browser: the page acts
/// only on a row it shows now, and then with that row's own name (<see cref="Find"/>).
/// </summary>
public static class GridRowActions
{
    /// <summary>The row's checkbox.</summary>
    public const string ToggleSelect = "toggle-select";

    /// <summary>The row's Delete button.</summary>
    public const string Delete = "delete";

    /// <summary>
    /// <paramref name="handler"/> as the body's callback without Blazor's automatic re-render: Blazor re-renders the
    /// component a handler's delegate belongs to after every event (it would re-render the page for every click on a
    /// link or a cell); this delegate belongs to a small wrapper, so the handler renders only when it acts.
    /// </summary>
    public static EventCallback<GridRowActionEventArgs> WithoutAutomaticRender(Func<GridRowActionEventArgs, Task> handler) =>
        new(null, (Func<GridRowActionEventArgs, Task>)new Unrendered(handler).InvokeAsync);

    /// <summary>
    /// The row on the page the event names (the name compared ordinally; in the All regions view the region too), or
    /// null for a click on no action (a link, a cell) or a row the page does not show.
    /// </summary>
    public static IdentityRow? Find(IReadOnlyList<IdentityRow> rows, GridRowActionEventArgs? args, bool allRegions)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (args?.Action is null || args.Name is null)
        {
            return null;
        }

        foreach (var row in rows)
        {
            if (string.Equals(row.Name, args.Name, StringComparison.Ordinal)
                && (!allRegions || string.Equals(row.Region, args.Region, StringComparison.Ordinal)))
            {
                return row;
            }
        }

        return null;
    }

    private sealed class Unrendered(Func<GridRowActionEventArgs, Task> handler)
    {
        public Task InvokeAsync(GridRowActionEventArgs args) => handler(args);
    }
}

/// <summary>
/// The grid body's <c>@ongridrowaction</c>. The Razor compiler finds custom events only on a public class named
/// exactly <c>EventHandlers</c>; with any other name the attribute is rendered as text and no handler is attached.
/// </summary>
[EventHandler("ongridrowaction", typeof(GridRowActionEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers;

/// <summary>A click in the grid's body: the control's action and its row's name and region, as the browser read them.</summary>
public sealed class GridRowActionEventArgs : EventArgs
{
    /// <summary><see cref="GridRowActions.ToggleSelect"/>, <see cref="GridRowActions.Delete"/>, or null (no action).</summary>
    public string? Action { get; set; }

    public string? Name { get; set; }

    /// <summary>The row's region in the All regions view (null in one region's grid).</summary>
    public string? Region { get; set; }
}
