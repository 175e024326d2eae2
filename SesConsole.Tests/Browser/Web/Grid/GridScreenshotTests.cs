using Microsoft.Playwright;
using SesConsole.Tests.Browser.Web.Screenshots;
using SesConsole.Tests.Support.Browser;

using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Grid;

/// <summary>
/// The plain-table grid's own states in Chromium, light and dark, saved to <c>artifacts/screenshots/</c>: the whole page
/// with its pager, the selection banner, and the "pending longer than" chip.
/// </summary>
[Trait("Category", "Browser")]
public sealed class GridScreenshotTests : BrowserTest<ScreenshotAppFactory>
{
    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings) =>
        ScreenshotAppFactory.WithData(signInSettings);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CapturesThePagerTheSelectionBannerAndThePendingOverChip(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var context = await Harness.NewContextAsync(height: 1400);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");

        await OpenAsync(page, DefaultGrid, dark);
        await Assertions.Expect(page.Locator("[data-testid=pager-info]")).ToHaveTextAsync("1-12 of 12");
        await SaveAsync(page, $"grid-table-{theme}", fullPage: true);

        await page.Locator("input[data-testid=select-page]").CheckAsync();
        await Assertions.Expect(page.Locator("[data-testid=selection-banner]")).ToContainTextAsync("All 12 on this page are selected.");
        await SaveAsync(page, $"grid-selection-{theme}");

        await OpenAsync(page, DefaultGrid + "?type=domain&pendingOver=72h", dark);
        await Assertions.Expect(page.Locator("[data-testid=pending-over-chip]")).ToHaveTextAsync("Pending over 72 h (3 days)");
        await Assertions.Expect(page.Locator("select[data-testid=kind-filter]")).ToHaveValueAsync("Domain");
        await Assertions.Expect(page.Locator("[data-testid=identity-link]")).ToHaveTextAsync(["newsletter.acme-shop.com"]);
        await SaveAsync(page, $"grid-pending-over-{theme}");
    }
}
