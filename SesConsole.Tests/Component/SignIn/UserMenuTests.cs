using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Layout;
using SesConsole.Web.Security;

namespace SesConsole.Tests.Component.SignIn;

[Trait("Category", "Component")]
public class UserMenuTests : WebTestContext
{
    /// <summary>Stands in for the token the server hands the circuit from prerendering.</summary>
    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new("token-from-prerender", "__RequestVerificationToken");
    }


    /// <summary>The menu's content renders in the popover provider, which is returned with the menu.</summary>
    private (IRenderedComponent<UserMenu> Menu, IRenderedComponent<MudPopoverProvider> Popovers) RenderOpenMenu()
    {
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<UserMenu>();
        cut.Find("[data-testid=user-menu-button]").Click();
        return (cut, popovers);
    }

    [Fact]
    public void TheMenuShowsTheNameUserNameAndRoleChips()
    {
        Authorization.SetClaims(new Claim("name", "Dev Admin"));

        var (cut, popovers) = RenderOpenMenu();

        Assert.Equal("Dev Admin", cut.Find("[data-testid=user-name]").TextContent.Trim());
        popovers.WaitForAssertion(() => Assert.NotNull(popovers.Find("[data-testid=user-details]")), Patience);
        Assert.Equal("dev.admin@sesconsole.local", popovers.Find("[data-testid=user-username]").TextContent.Trim());
        var chip = Assert.Single(popovers.FindAll("[data-testid=user-role]"));
        Assert.Equal("Admin", chip.TextContent.Trim());
        Assert.Equal(AppRoles.Admin, chip.GetAttribute("title"));
    }

    [Fact]
    public void SignOutIsAFormPostToTheSignOutEndpointWithAnAntiforgeryToken()
    {
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
        var (_, popovers) = RenderOpenMenu();

        popovers.WaitForAssertion(() => Assert.NotNull(popovers.Find("form[data-testid=sign-out-form]")), Patience);
        var form = popovers.Find("form[data-testid=sign-out-form]");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(SignOutEndpoint.Path, form.GetAttribute("action"));
        Assert.Equal("submit", form.QuerySelector("button[data-testid=sign-out]")?.GetAttribute("type"));
        Assert.Equal("token-from-prerender",
            form.QuerySelector("input[type=hidden][name=__RequestVerificationToken]")?.GetAttribute("value"));
    }

    [Fact]
    public void WithoutADisplayNameTheUserNameIsShown()
    {
        SignInAsViewer();

        var (cut, popovers) = RenderOpenMenu();

        Assert.Equal("dev.viewer@sesconsole.local", cut.Find("[data-testid=user-name]").TextContent.Trim());
        popovers.WaitForAssertion(() => Assert.Equal("Viewer", popovers.Find("[data-testid=user-role]").TextContent.Trim()), Patience);
    }

    [Fact]
    public void NobodySignedInShowsNoMenu()
    {
        Authorization.SetNotAuthorized();
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var cut = Render<UserMenu>();

        Assert.Empty(cut.FindAll("[data-testid=user-menu-button]"));
    }
}
