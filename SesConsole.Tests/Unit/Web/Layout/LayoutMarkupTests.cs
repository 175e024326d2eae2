using MudBlazor;
using SesConsole.Web.Components.Layout;

namespace SesConsole.Tests.Unit.Web.Layout;

/// <summary>The layout's shared markup and drawer classes: MudBlazor's classes, one string per entry and state.</summary>
[Trait("Category", "Unit")]
public sealed class LayoutMarkupTests
{
    [Fact]
    public void ANavigationEntryIsMudNavLinksMarkupSharedByEveryCircuit()
    {
        var active = NavEntryMarkup.Get("regions/us-east-1/identities", Icons.Material.Outlined.AlternateEmail, "Identities", true, "nav-identities");

        Assert.StartsWith("<div class=\"mud-nav-item\"><a href=\"regions/us-east-1/identities\" class=\"mud-nav-link mud-ripple active\" aria-current=\"page\" data-testid=\"nav-identities\"><svg class=\"mud-icon-root mud-svg-icon mud-icon-size-medium mud-icon-default mud-nav-link-icon mud-nav-link-icon-default\"", active.Value, StringComparison.Ordinal);
        Assert.EndsWith("<div class=\"mud-nav-link-text\">Identities</div></a></div>", active.Value, StringComparison.Ordinal);
        Assert.Same(active.Value, NavEntryMarkup.Get("regions/us-east-1/identities", Icons.Material.Outlined.AlternateEmail, "Identities", true, "nav-identities").Value);

        var idle = NavEntryMarkup.Get("audit", Icons.Material.Outlined.History, "Audit & more", false, null).Value;
        Assert.Contains("<a href=\"audit\" class=\"mud-nav-link mud-ripple\">", idle, StringComparison.Ordinal);
        Assert.Contains(">Audit &amp; more</div>", idle, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-current", idle, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDrawerStatesKeepMudDrawersClassesForTheWideScreenAndAddThePhonesOwn()
    {
        var drawer = new DrawerState();
        drawer.ToggleNarrow();
        Assert.Equal("mud-drawer mud-drawer-fixed mud-drawer-pos-left mud-drawer--open mud-drawer-md mud-drawer-clipped-always mud-elevation-0 mud-drawer-responsive app-drawer app-drawer--narrow-open", drawer.DrawerClass);

        drawer.ToggleWide();
        drawer.CloseNarrow();

        Assert.Equal("mud-drawer mud-drawer-fixed mud-drawer-pos-left mud-drawer--closed mud-drawer-md mud-drawer-clipped-always mud-elevation-0 mud-drawer-responsive app-drawer", drawer.DrawerClass);
        Assert.Equal("mud-layout mud-drawer-close-responsive-md-left mud-drawer-left-clipped-always", drawer.LayoutClass);
    }
}
