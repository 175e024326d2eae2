using Bunit;
using MudBlazor;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Layout;

namespace SesConsole.Tests.Component.Web.Layout;

/// <summary>
/// The theme's CSS written once per process is exactly what MudBlazor's own provider writes, in both modes, and it
/// follows the mode when the operator switches.
/// </summary>
[Trait("Category", "Component")]
public sealed class SharedThemeProviderTests : WebTestContext
{
    private static readonly MudTheme Theme = SesConsoleTheme.Create();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WritesTheSameStylesAsMudThemeProvider(bool dark)
    {
        var mud = Render<MudThemeProvider>(p => p.Add(x => x.Theme, Theme).Add(x => x.IsDarkMode, dark));
        var shared = Render<SharedThemeProvider>(p => p.Add(x => x.Theme, Theme).Add(x => x.IsDarkMode, dark));

        Assert.Contains("--mud-palette-primary", mud.Markup, StringComparison.Ordinal);
        Assert.Equal(mud.Markup, shared.Markup);
        Assert.Contains("--mud-palette-primary", SharedThemeProvider.CapturedStyles(Theme, dark, shared.Instance.DefaultScrollbar), StringComparison.Ordinal);
    }

    [Fact]
    public void SwitchingTheModeSwitchesTheStyles()
    {
        var light = Render<MudThemeProvider>(p => p.Add(x => x.Theme, Theme).Add(x => x.IsDarkMode, false)).Markup;
        var dark = Render<MudThemeProvider>(p => p.Add(x => x.Theme, Theme).Add(x => x.IsDarkMode, true)).Markup;
        var cut = Render<SharedThemeProvider>(p => p.Add(x => x.Theme, Theme).Add(x => x.IsDarkMode, false));

        cut.Render(p => p.Add(x => x.IsDarkMode, true));

        Assert.NotEqual(light, dark);
        Assert.Equal(dark, cut.Markup);
    }

    [Fact]
    public void OnceCapturedTheStylesAreMarkupWithoutAMudThemeProvider()
    {
        var cut = Render<SharedThemeProvider>(p => p.Add(x => x.Theme, Theme).Add(x => x.IsDarkMode, false));

        cut.WaitForAssertion(() => Assert.Empty(cut.FindComponents<MudThemeProvider>()), Patience);
        Assert.Contains("--mud-palette-primary", cut.Markup, StringComparison.Ordinal);
    }
}
