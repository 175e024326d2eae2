using Microsoft.Playwright;
using SesConsole.Tests.Browser.Web.Screenshots;
using SesConsole.Tests.Support.Browser;

using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Grid;

/// <summary>
/// The grid's rows on a wide and a phone-sized screen, light and dark, with one row selected, saved to
/// <c>artifacts/screenshots/grid-rows-*</c>: the pictures to compare when the rows' markup changes.
/// </summary>
[Trait("Category", "Browser")]
public sealed class GridRowsScreenshotTests : BrowserTest<ScreenshotAppFactory>
{
    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings) =>
        ScreenshotAppFactory.WithData(signInSettings);

    [Theory]
    [InlineData(1440, false)]
    [InlineData(1440, true)]
    [InlineData(390, false)]
    [InlineData(390, true)]
    public async Task CapturesTheRowsWithOneSelected(int width, bool dark)
    {
        await using var context = await Harness.NewContextAsync(width, height: 1400);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await OpenAsync(page, DefaultGrid, dark);
        await Assertions.Expect(page.Locator("[data-testid=identity-link]")).ToHaveCountAsync(12);

        await page.Locator("input[data-testid=select-row][aria-label='Select billing@acme-shop.com']").CheckAsync();
        await Assertions.Expect(page.Locator("button[data-testid=delete-selected]")).ToHaveTextAsync("Delete 1 selected");
        await page.Mouse.MoveAsync(0, 0);

        await SaveAsync(page, $"grid-rows-{width}-{(dark ? "dark" : "light")}", fullPage: true);
    }
}
