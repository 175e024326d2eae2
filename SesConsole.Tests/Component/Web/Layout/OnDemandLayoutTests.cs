using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Layout;

namespace SesConsole.Tests.Component.Web.Layout;

/// <summary>The app bar's menus exist only while open, and the navigation marks the current page as NavLink did.</summary>
[Trait("Category", "Component")]
public class OnDemandLayoutTests : WebTestContext
{
    /// <summary>The layout holds the popover provider itself, so popovers are found in the layout.</summary>
    private (IRenderedComponent<MainLayout> Layout, IRenderedComponent<MainLayout> Popovers) RenderLayout()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var layout = Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));
        return (layout, layout);
    }

    [Fact]
    public void ClosedMenusLeaveNothingInThePopoverProvider()
    {
        var (layout, popovers) = RenderLayout();

        Assert.NotNull(layout.Find("[data-testid=user-menu-button]"));
        Assert.NotNull(layout.Find(".region-picker button"));
        Assert.Empty(popovers.FindAll(".mud-popover"));
        Assert.Empty(layout.FindAll(".mud-overlay"));
    }

    [Fact]
    public void TheRegionListOpensOnClickAndEscapeClosesIt()
    {
        var (layout, popovers) = RenderLayout();
        var button = layout.Find(".region-picker button");
        Assert.Equal("false", button.GetAttribute("aria-expanded"));

        button.Click();
        popovers.WaitForAssertion(() => Assert.NotNull(popovers.Find("[data-testid=region-eu-west-1]")), Patience);
        Assert.Equal("true", layout.Find(".region-picker button").GetAttribute("aria-expanded"));

        layout.Find(".region-picker button").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Escape" });

        popovers.WaitForAssertion(() => Assert.Empty(popovers.FindAll("[data-testid=region-eu-west-1]")), Patience);
        Assert.Equal("false", layout.Find(".region-picker button").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void TheUserPanelClosesWithEscapeInsideIt()
    {
        var (layout, popovers) = RenderLayout();

        layout.Find("[data-testid=user-menu-button]").Click();
        popovers.WaitForAssertion(() => Assert.NotNull(popovers.Find("[data-testid=user-details]")), Patience);
        popovers.Find("#user-menu-panel").ParentElement!.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Escape" });

        popovers.WaitForAssertion(() => Assert.Empty(popovers.FindAll("[data-testid=user-details]")), Patience);
        Assert.Equal("false", layout.Find("[data-testid=user-menu-button]").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void TheCurrentPagesEntryIsActiveAndFollowsNavigation()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("regions/us-east-1/identities/a%40example.com");
        var (layout, _) = RenderLayout();

        var identities = layout.Find("[data-testid=nav-identities]");
        Assert.Contains("active", identities.ClassList);
        Assert.Equal("page", identities.GetAttribute("aria-current"));
        Assert.DoesNotContain("active", layout.Find("[data-testid=nav-overview]").ClassList);

        navigation.NavigateTo("jobs");

        layout.WaitForAssertion(() => Assert.Contains("active", layout.Find("[data-testid=nav-jobs]").ClassList), Patience);
        Assert.DoesNotContain("active", layout.Find("[data-testid=nav-identities]").ClassList);
    }

    [Fact]
    public void AViewerSeesNoAdminEntries()
    {
        SignInAsViewer();

        var (layout, _) = RenderLayout();

        Assert.NotNull(layout.Find("[data-testid=nav-jobs]"));
        Assert.Empty(layout.FindAll("[data-testid=nav-sessions]"));
        Assert.DoesNotContain(layout.FindAll("a"), a => a.GetAttribute("href") == "permissions");
    }
}
