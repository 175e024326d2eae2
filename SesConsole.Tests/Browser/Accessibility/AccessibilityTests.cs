using Microsoft.Playwright;
using SesConsole.Tests.Support.Browser;
using SesConsole.Tests.Browser.Web.Screenshots;
using static SesConsole.Tests.Support.Browser.AppPages;

namespace SesConsole.Tests.Browser.Accessibility;

/// <summary>axe-core finds no WCAG 2.1 A/AA violation on any page of the console, light or dark, nor in its dialogs.</summary>
[Trait("Category", "Browser")]
public sealed class AccessibilityTests : BrowserTest<ScreenshotAppFactory>
{
    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings)
    {
        var app = new ScreenshotAppFactory(signInSettings);
        ScreenshotData.Fill(app.Fake);
        return app;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EverySignedInPageHasNoViolation(bool dark)
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        var found = new List<string>();

        foreach (var (path, ready) in new[]
        {
            ("/", "[data-testid=identity-link]"),
            ("/identities/acme-shop.com", "[data-testid=identity-title]"),
            ("/audit", "h1"),
            ("/local/mailbox", "[data-testid=mail]"),
            ("/sessions", "[data-testid=session-person]"),
        })
        {
            await OpenAsync(page, path, dark);
            await page.Locator(ready).First.WaitForAsync();
            found.AddRange((await AxeCore.ViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public async Task TheOpenUserMenuAndTheDialogsHaveNoViolation()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        var found = new List<string>();

        await page.ClickAsync("button[data-testid=user-menu-button]");
        await page.Locator("[data-testid=user-details]").WaitForAsync();
        found.AddRange((await AxeCore.ViolationsAsync(page)).Select(v => $"user menu: {v}"));
        await page.Keyboard.PressAsync("Escape");

        foreach (var opener in new[] { "verify-email", "verify-domain" })
        {
            await OpenAsync(page, "/");
            await page.ClickAsync($"button[data-testid={opener}]");
            await page.Locator(".mud-dialog").WaitForAsync();
            found.AddRange((await AxeCore.ViolationsAsync(page)).Select(v => $"{opener} dialog: {v}"));
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public async Task TheAccessDeniedPageHasNoViolation()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync("button[name=login_hint][value=norole]");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();

        var found = await AxeCore.ViolationsAsync(page);

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }
}
