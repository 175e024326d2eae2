using Microsoft.Playwright;
using SesConsole.Tests.Support.Browser;
using SesConsole.Tests.Browser.Web.Screenshots;
using static SesConsole.Tests.Support.Browser.AppPages;

namespace SesConsole.Tests.Browser.Web.Shell;

/// <summary>
/// The page before and after its circuit is live, in Chromium: controls are disabled until they can act, so an
/// early click is never silently lost; Escape closes every dialog that has a close button.
/// </summary>
[Trait("Category", "Browser")]
public sealed class LiveShellTests : BrowserTest<ScreenshotAppFactory>
{
    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings)
    {
        var app = new ScreenshotAppFactory(signInSettings);
        ScreenshotData.Fill(app.Fake);
        return app;
    }

    [Fact]
    public async Task AClickOnVerifyDomainTheMomentItShowsAfterAColdStartOpensTheDialog()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(DefaultGrid);
        await page.ClickAsync("button[name=login_hint][value=admin]");

        // No wait for the circuit: Playwright clicks as soon as the button is visible, enabled and stable.
        await page.ClickAsync("button[data-testid=verify-domain]", new PageClickOptions { Timeout = 30_000 });

        await Assertions.Expect(page.Locator("[data-testid=verify-domain-dialog]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ThePrerenderedPageHasItsButtonsDisabledUntilTheCircuitIsLive()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");

        var prerendered = await (await context.APIRequest.GetAsync(DefaultGrid)).TextAsync();
        var gate = prerendered.IndexOf("<fieldset class=\"circuit-gate\" disabled", StringComparison.Ordinal);
        var verifyDomain = prerendered.IndexOf("data-testid=\"verify-domain\"", StringComparison.Ordinal);
        var gateEnd = prerendered.IndexOf("</fieldset>", StringComparison.Ordinal);

        Assert.True(gate >= 0, "The prerendered page has no disabled circuit gate.");
        Assert.InRange(verifyDomain, gate, gateEnd);
        await Assertions.Expect(page.Locator("[data-testid=circuit-gate]")).Not.ToHaveAttributeAsync("disabled", string.Empty);
        await Assertions.Expect(page.Locator("button[data-testid=verify-domain]")).ToBeEnabledAsync();
    }

    [Fact]
    public async Task EscapeClosesTheVerifyDomainResultDialog()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await page.ClickAsync("button[data-testid=verify-domain]");
        await page.FillAsync(".mud-dialog input[type=text]", "escape.example");
        await page.ClickAsync("button[data-testid=submit]");
        await Assertions.Expect(page.Locator("[data-testid=domain-result]")).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EscapeClosesADialogEvenWhenTheFocusLeftIt()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await page.ClickAsync("button[data-testid=verify-email]");
        await page.Locator(".mud-dialog").WaitForAsync();
        await page.EvaluateAsync("() => document.activeElement.blur()");

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("verify-email")]
    [InlineData("verify-domain")]
    public async Task EscapeClosesAnIdentityDialogWithItsFocusInside(string opener)
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await page.ClickAsync($"button[data-testid={opener}]");
        await page.Locator(".mud-dialog input").First.FocusAsync();

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EscapeClosesTheDeleteConfirmation()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        var row = page.Locator("tr", new() { Has = page.Locator("a[data-testid=identity-link]", new() { HasTextString = "legacy-brand.net" }) });
        await row.Locator("button[data-testid=row-delete]").ClickAsync();
        await page.Locator(".mud-dialog input").WaitForAsync();

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EscapeClosesTheDeleteManyConfirmation()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await page.Locator("input[data-testid=select-row]").First.CheckAsync();
        await page.ClickAsync("button[data-testid=delete-selected]");
        await page.Locator("[data-testid=delete-many-confirm-input] input, input[data-testid=delete-many-confirm-input]").First.FocusAsync();

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
    }
}
