using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Configuration;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Layout;
using SesConsole.Web.Components.Pages;
using SesConsole.Web.State;

namespace SesConsole.Tests.Component.Web;

[Trait("Category", "Component")]
public class LayoutTests : WebTestContext
{

    private IRenderedComponent<MainLayout> RenderLayout()
    {
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));
    }

    [Fact]
    public void TheAppBarShowsTheProductNameRegionAndUserMenu()
    {
        var cut = RenderLayout();

        Assert.Contains("SesConsole", cut.Find(".app-title").TextContent, StringComparison.Ordinal);
        Assert.Contains("us-east-1", cut.Find(".region-picker").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=user-menu]"));
        Assert.Contains("page body", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalModeShowsTheBannerAndTheMailboxLink()
    {
        SesOptions.Mode = SesMode.Local;

        var cut = RenderLayout();

        Assert.Equal("Local SES sandbox: nothing here reaches AWS.", cut.Find("[data-testid=local-banner]").TextContent.Trim());
        Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == "local/mailbox");
    }

    [Fact]
    public void AwsModeHasNeitherBannerNorMailboxLink()
    {
        var cut = RenderLayout();

        Assert.Empty(cut.FindAll("[data-testid=local-banner]"));
        Assert.DoesNotContain(cut.FindAll("a"), a => a.GetAttribute("href") == "local/mailbox");
    }

    [Fact]
    public void PickingARegionOpensThatRegionsGrid()
    {
        var cut = RenderLayout();

        cut.Find(".region-picker button").Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=region-eu-west-1]")), Patience);
        cut.Find("[data-testid=region-eu-west-1]").Click();

        // The region lives in the URL: the grid page the picker opens makes it the circuit's region.
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        cut.WaitForAssertion(() => Assert.Equal(navigation.BaseUri + "regions/eu-west-1/identities", navigation.Uri), Patience);
    }

    [Fact]
    public void TheDarkModeToggleSwitchesTheTheme()
    {
        var cut = RenderLayout();
        Assert.Equal("Switch to dark mode", cut.Find("button[data-testid=dark-mode-toggle]").GetAttribute("aria-label"));

        cut.Find("button[data-testid=dark-mode-toggle]").Click();

        Assert.Equal("Switch to light mode", cut.Find("button[data-testid=dark-mode-toggle]").GetAttribute("aria-label"));
    }

    [Fact]
    public void TheNotFoundPageLinksBackToIdentities()
    {
        var cut = Render<NotFound>();

        Assert.Contains("Page not found", cut.Markup, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("a"), a => a.TextContent.Contains("Back to Identities", StringComparison.Ordinal));
    }
}
