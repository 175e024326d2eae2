using Microsoft.Playwright;
using SesConsole.Tests.Support.Browser;
using SesConsole.Tests.Browser.Web.Screenshots;
using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Hardening;

/// <summary>
/// In headless Chromium against the real app: the console's CSP lets Blazor and MudBlazor work without a single
/// violation, and oversized input (a 40,000-character search, a 1 MB policy) is capped by the field instead of
/// closing the circuit.
/// </summary>
[Trait("Category", "Browser")]
public sealed class BrowserLimitsTests : BrowserTest<ScreenshotAppFactory>
{
    private const string Domain = "acme-shop.com";

    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings)
    {
        var app = new ScreenshotAppFactory(signInSettings);
        ScreenshotData.Fill(app.Fake);
        return app;
    }

    /// <summary>Records CSP violations the page reports (both the DOM event and Chromium's console message).</summary>
    private static async Task<List<string>> WatchViolationsAsync(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.ExposeFunctionAsync("reportCspViolation", (string text) => violations.Add(text));
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.reportCspViolation(e.violatedDirective + ' ' + e.blockedURI));");
        return violations;
    }

    private static async Task AssertCircuitAliveAsync(IPage page)
    {
        await Assertions.Expect(page.Locator(".mud-layout[data-interactive=true]")).ToHaveCountAsync(1);
        Assert.False(await page.EvaluateAsync<bool>("document.getElementById('components-reconnect-modal')?.open === true"));
    }

    [Fact]
    public async Task EveryConsolePageAndDialogWorksUnderTheCspWithoutAViolation()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = await WatchViolationsAsync(page);
        await SignInAsync(page, "admin");

        await OpenAsync(page, DefaultGrid);
        await page.ClickAsync("button[data-testid=verify-email]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await OpenAsync(page, "/audit");
        await OpenAsync(page, $"/identities/{Domain}", dark: true);
        await page.Locator("[data-testid=policies-section] button[data-testid=new-policy]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=policy-editor]")).ToBeVisibleAsync();
        await OpenAsync(page, "/local/mailbox");

        Assert.Empty(violations);
        await AssertCircuitAliveAsync(page);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFortyThousandCharacterSearchIsCappedAtTheFieldAndTheCircuitLives(bool dark)
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await OpenAsync(page, DefaultGrid, dark);
        var search = page.Locator("input[data-testid=search]");

        await search.FillAsync(new string('a', 40_000));

        Assert.Equal(256, (await search.InputValueAsync()).Length);
        await Assertions.Expect(page.Locator(".mud-input-helper-text")).ToContainTextAsync("256 / 256");
        await SaveAsync(page, $"limits-search-{(dark ? "dark" : "light")}");
        await search.FillAsync(Domain);
        await Assertions.Expect(page.Locator("[data-testid=identities-grid]")).ToContainTextAsync(Domain);
        await AssertCircuitAliveAsync(page);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AOneMegabytePolicyIsCappedAtFourKilobytesWithAFieldMessageAndTheCircuitLives(bool dark)
    {
        await using var context = await Harness.NewContextAsync(height: 900);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await OpenAsync(page, $"/identities/{Domain}", dark);
        await page.Locator("[data-testid=policies-section] button[data-testid=new-policy]").ClickAsync();
        var dialog = page.Locator("[data-testid=policy-editor]");
        await dialog.GetByRole(AriaRole.Tab, new() { Name = "JSON" }).ClickAsync();
        var editor = dialog.Locator("textarea");

        await editor.FillAsync(new string('x', 1_000_000));

        Assert.Equal(4096, (await editor.InputValueAsync()).Length);
        await Assertions.Expect(dialog.Locator(".mud-input-error")).Not.ToHaveCountAsync(0);
        await SaveAsync(page, $"limits-policy-{(dark ? "dark" : "light")}");
        await AssertCircuitAliveAsync(page);
    }
}
