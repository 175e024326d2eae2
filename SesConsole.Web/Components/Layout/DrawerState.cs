namespace SesConsole.Web.Components.Layout;

/// <summary>
/// The navigation drawer's state with MudLayout's and MudDrawer's classes (a responsive drawer at the md breakpoint,
/// 960 px, clipped under the app bar), kept by the layout instead of a MudDrawer: no viewport service, no JS interop.
/// </summary>
/// <remarks>
/// Wide screens and phones each have their own state, and CSS picks the one for the screen's width (app.css): wide,
/// the drawer is open until the menu button closes it and the content makes room for it; on a phone it is closed
/// until its own menu button opens it over the content, with a backdrop that closes it, and navigating closes it.
/// MudDrawer found the width through the browser and closed itself on phones; the two states need neither.
/// </remarks>
public sealed class DrawerState
{
    private const string Shared = "mud-drawer mud-drawer-fixed mud-drawer-pos-left";
    private const string Tail = "mud-drawer-md mud-drawer-clipped-always mud-elevation-0 mud-drawer-responsive app-drawer";

    /// <summary>MudOverlay's markup classes for a responsive drawer's backdrop (shown by MudBlazor's CSS below md only).</summary>
    public const string BackdropClass =
        "mud-overlay mud-drawer-overlay mud-overlay-drawer mud-drawer-pos-left mud-drawer-overlay--open mud-drawer-overlay-responsive mud-drawer-overlay-md";

    /// <summary>Open on a wide screen (md and up); the content makes room for it.</summary>
    public bool WideOpen { get; private set; } = true;

    /// <summary>Open on a phone (below md), over the content.</summary>
    public bool NarrowOpen { get; private set; }

    /// <summary>Until the first toggle MudBlazor's <c>mud-drawer--initial</c> keeps the drawer from sliding at load.</summary>
    public bool Toggled { get; private set; }

    public string LayoutClass =>
        $"mud-layout mud-drawer-{(WideOpen ? "open" : "close")}-responsive-md-left mud-drawer-left-clipped-always";

    public string DrawerClass =>
        $"{Shared} {(WideOpen ? "mud-drawer--open" : "mud-drawer--closed")}{(Toggled ? "" : " mud-drawer--initial")} {Tail}"
        + (NarrowOpen ? " app-drawer--narrow-open" : "");

    public void ToggleWide()
    {
        WideOpen = !WideOpen;
        Toggled = true;
    }

    public void ToggleNarrow()
    {
        NarrowOpen = !NarrowOpen;
        Toggled = true;
    }

    /// <summary>Closes the phone's drawer (its backdrop was clicked, or the operator navigated).</summary>
    public void CloseNarrow() => NarrowOpen = false;
}
