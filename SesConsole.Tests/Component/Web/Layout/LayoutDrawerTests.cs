using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Layout;

namespace SesConsole.Tests.Component.Web.Layout;

/// <summary>
/// The layout's drawer as markup with MudLayout's and MudDrawer's classes: open on wide screens until the menu button
/// closes it, closed on phones until their menu button opens it over a backdrop, closed again by the backdrop or by
/// navigating; no MudBlazor layout component, theme provider or viewport interop in the circuit.
/// </summary>
[Trait("Category", "Component")]
public sealed class LayoutDrawerTests : WebTestContext
{
    private IRenderedComponent<MainLayout> RenderLayout()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));
    }

    [Fact]
    public void WideScreensStartWithTheDrawerOpenAndPhonesWithItClosed()
    {
        var layout = RenderLayout();

        var drawer = layout.Find("[data-testid=app-drawer]");
        Assert.Equal(
            "mud-drawer mud-drawer-fixed mud-drawer-pos-left mud-drawer--open mud-drawer--initial mud-drawer-md mud-drawer-clipped-always mud-elevation-0 mud-drawer-responsive app-drawer",
            drawer.GetAttribute("class"));
        Assert.Equal("mud-layout mud-drawer-open-responsive-md-left mud-drawer-left-clipped-always", layout.Find(".mud-layout").GetAttribute("class"));
        Assert.Equal("true", layout.Find("[data-testid=drawer-toggle-wide]").GetAttribute("aria-expanded"));
        Assert.Equal("false", layout.Find("[data-testid=drawer-toggle-narrow]").GetAttribute("aria-expanded"));
        Assert.Empty(layout.FindAll("[data-testid=drawer-backdrop]"));
        Assert.NotNull(drawer.QuerySelector("[data-testid=nav-identities]"));
    }

    [Fact]
    public void TheWideMenuButtonClosesAndReopensTheDrawer()
    {
        var layout = RenderLayout();

        layout.Find("[data-testid=drawer-toggle-wide]").Click();

        var drawer = layout.Find("[data-testid=app-drawer]");
        Assert.Contains("mud-drawer--closed", drawer.ClassList);
        Assert.DoesNotContain("mud-drawer--open", drawer.ClassList);
        Assert.DoesNotContain("mud-drawer--initial", drawer.ClassList);
        Assert.Contains("mud-drawer-close-responsive-md-left", layout.Find(".mud-layout").ClassList);
        Assert.Equal("false", layout.Find("[data-testid=drawer-toggle-wide]").GetAttribute("aria-expanded"));
        Assert.Empty(layout.FindAll("[data-testid=drawer-backdrop]"));

        layout.Find("[data-testid=drawer-toggle-wide]").Click();

        Assert.Contains("mud-drawer--open", layout.Find("[data-testid=app-drawer]").ClassList);
        Assert.Contains("mud-drawer-open-responsive-md-left", layout.Find(".mud-layout").ClassList);
    }

    [Fact]
    public void ThePhonesMenuButtonOpensTheDrawerOverABackdropThatClosesIt()
    {
        var layout = RenderLayout();

        layout.Find("[data-testid=drawer-toggle-narrow]").Click();

        Assert.Contains("app-drawer--narrow-open", layout.Find("[data-testid=app-drawer]").ClassList);
        Assert.Equal("true", layout.Find("[data-testid=drawer-toggle-narrow]").GetAttribute("aria-expanded"));
        var backdrop = layout.Find("[data-testid=drawer-backdrop]");
        Assert.Equal(DrawerState.BackdropClass, backdrop.GetAttribute("class"));
        Assert.NotNull(backdrop.QuerySelector(".mud-overlay-scrim.mud-overlay-dark"));

        backdrop.Click();

        Assert.DoesNotContain("app-drawer--narrow-open", layout.Find("[data-testid=app-drawer]").ClassList);
        Assert.Empty(layout.FindAll("[data-testid=drawer-backdrop]"));
        Assert.Contains("mud-drawer--open", layout.Find("[data-testid=app-drawer]").ClassList);
    }

    [Fact]
    public void NavigatingClosesThePhonesDrawer()
    {
        var layout = RenderLayout();
        layout.Find("[data-testid=drawer-toggle-narrow]").Click();
        Assert.NotNull(layout.Find("[data-testid=drawer-backdrop]"));

        Services.GetRequiredService<NavigationManager>().NavigateTo("jobs");

        layout.WaitForAssertion(() => Assert.Empty(layout.FindAll("[data-testid=drawer-backdrop]")), Patience);
        Assert.DoesNotContain("app-drawer--narrow-open", layout.Find("[data-testid=app-drawer]").ClassList);
        Assert.Contains("mud-drawer--open", layout.Find("[data-testid=app-drawer]").ClassList);
    }

    [Fact]
    public async Task TheLayoutKeepsNoMudBlazorLayoutThemeOrSnackbarComponentsAndOnlyThePopoverProvidersInterop()
    {
        // The first layout of the process captures the theme's styles through a MudThemeProvider, then drops it.
        var first = RenderLayout();
        first.WaitForAssertion(() => Assert.Empty(first.FindComponents<MudThemeProvider>()), Patience);
        await DisposeComponentsAsync();
        var before = JSInterop.Invocations.Count;

        var layout = RenderLayout();

        Assert.Contains("--mud-palette-primary", layout.Markup, StringComparison.Ordinal);
        Assert.Empty(layout.FindComponents<MudLayout>());
        Assert.Empty(layout.FindComponents<MudDrawer>());
        Assert.Empty(layout.FindComponents<MudOverlay>());
        Assert.Empty(layout.FindComponents<MudThemeProvider>());
        Assert.Empty(layout.FindComponents<MudSnackbarProvider>());
        // What remains is the popover provider's (kept: a popover must never be lost).
        Assert.Equal(["mudpopoverHelper.countProviders"], JSInterop.Invocations.Skip(before).Select(i => i.Identifier));
    }

    [Fact]
    public void TheFirstSnackbarBringsTheProviderAndShows()
    {
        var layout = RenderLayout();
        Assert.Empty(layout.FindAll("#mud-snackbar-container"));

        layout.InvokeAsync(() => Snackbar.Add("Verification started for a@example.com.", Severity.Success));

        layout.WaitForAssertion(() => Assert.Contains("Verification started for a@example.com.",
            layout.Find("#mud-snackbar-container").TextContent, StringComparison.Ordinal), Patience);
        Assert.Single(layout.FindComponents<MudSnackbarProvider>());
    }

    [Fact]
    public void ASnackbarAddedBeforeTheLayoutShowsWhenItRenders()
    {
        Snackbar.Add("Signed in.", Severity.Info);

        var layout = RenderLayout();

        layout.WaitForAssertion(() => Assert.Contains("Signed in.", layout.Find("#mud-snackbar-container").TextContent, StringComparison.Ordinal), Patience);
    }
}
