using Microsoft.Playwright;
using SesConsole.Tests.Browser.Web.Screenshots;
using SesConsole.Tests.Support.Browser;

using static SesConsole.Tests.Support.Browser.AppPages;

namespace SesConsole.Tests.Browser.Web.Grid;

/// <summary>
/// The grid rows' delegated actions in Chromium, on a freshly started app: the row checkbox by mouse and by Space
/// (the focus stays on it while the server re-renders the row), Delete with the row's exact name, and a click on a
/// cell that is no action changing nothing. The JS initializer that registers the event is loaded under the
/// console's Content-Security-Policy without a violation.
/// </summary>
[Trait("Category", "Browser")]
public sealed class GridRowActionsBrowserTests : BrowserTest<ScreenshotAppFactory>
{
    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings) =>
        ScreenshotAppFactory.WithData(signInSettings);

    private static ILocator Box(IPage page, string name) => page.Locator($"input[data-testid=select-row][aria-label='Select {name}']");

    [Fact]
    public async Task ARowsCheckboxByClickAndBySpaceAndItsDeleteWorkAfterAColdStart()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await SignInAsync(page, "admin");
        var deleteSelected = page.Locator("button[data-testid=delete-selected]");

        await Box(page, "billing@acme-shop.com").ClickAsync();

        await Assertions.Expect(deleteSelected).ToHaveTextAsync("Delete 1 selected");
        await Assertions.Expect(Box(page, "billing@acme-shop.com")).ToBeCheckedAsync();

        await Box(page, "support@acme-shop.com").FocusAsync();
        await page.Keyboard.PressAsync("Space");

        await Assertions.Expect(deleteSelected).ToHaveTextAsync("Delete 2 selected");
        await Assertions.Expect(Box(page, "support@acme-shop.com")).ToBeCheckedAsync();
        await Assertions.Expect(Box(page, "support@acme-shop.com")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Space");

        await Assertions.Expect(deleteSelected).ToHaveTextAsync("Delete 1 selected");
        await Assertions.Expect(Box(page, "support@acme-shop.com")).Not.ToBeCheckedAsync();

        // A click on a cell goes to the server too (before the Delete click below, on the same connection, so it has
        // been handled by the time the dialog shows) and must change nothing.
        await page.Locator("tr[data-name='legacy-brand.net'] [data-label=Verification]").ClickAsync();
        await page.Locator("tr[data-name='no-reply@acme-shop.com'] button[data-testid=row-delete]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=delete-dialog] .identity-name")).ToHaveTextAsync("no-reply@acme-shop.com");
        await Assertions.Expect(deleteSelected).ToHaveTextAsync("Delete 1 selected");
        await Assertions.Expect(Box(page, "legacy-brand.net")).Not.ToBeCheckedAsync();
        await page.ClickAsync("button[data-testid=confirm-delete]");
        await Assertions.Expect(page.Locator("tr[data-name='no-reply@acme-shop.com']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("a[data-testid=identity-link]")).ToHaveCountAsync(11);
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(errors);
    }
}
