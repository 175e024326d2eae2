using SesConsole.Tests.Browser.Web.Screenshots;
using SesConsole.Tests.Support.Browser;

using static SesConsole.Tests.Support.Browser.AppPages;

namespace SesConsole.Tests.Browser.Web.Grid;

/// <summary>
/// Render once, in real Chromium: the grid's rows are in the first HTML, and while its circuit starts and takes over
/// they never give way to the skeleton or to nothing (a MutationObserver, installed before the page's own scripts,
/// records every change of the document).
/// </summary>
[Trait("Category", "Browser")]
public sealed class GridFirstRowsBrowserTests : BrowserTest<ScreenshotAppFactory>
{
    private const string Watch = """
        window.__grid = { rowsAtLoad: false, rowsSeen: false, skeletonAfterRows: false, rowsGone: false };
        (() => {
            const check = () => {
                const rows = document.querySelector('[data-testid=identity-link]');
                const skeleton = document.querySelector('[data-testid=skeleton-row]');
                if (window.__grid.rowsSeen && skeleton) window.__grid.skeletonAfterRows = true;
                if (window.__grid.rowsSeen && !rows) window.__grid.rowsGone = true;
                if (rows) window.__grid.rowsSeen = true;
            };
            new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
            document.addEventListener('DOMContentLoaded', () => {
                window.__grid.rowsAtLoad = !!document.querySelector('[data-testid=identity-link]');
                check();
            });
        })();
        """;

    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings) =>
        ScreenshotAppFactory.WithData(signInSettings);

    [Fact]
    public async Task TheRowsComeWithTheFirstHtmlAndNeverGiveWayToTheSkeletonWhileTheCircuitStarts()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin", "/");
        await page.AddInitScriptAsync(Watch);

        await OpenAsync(page, DefaultGrid);
        // The circuit is live; give its first renders (the freshness line, the region) time to land.
        await page.Locator("[data-testid=sync-freshness]").WaitForAsync();
        await page.WaitForTimeoutAsync(1000);

        Assert.True(await page.EvaluateAsync<bool>("window.__grid.rowsAtLoad"), "the first HTML had no rows");
        Assert.False(await page.EvaluateAsync<bool>("window.__grid.skeletonAfterRows"), "the skeleton appeared after the rows");
        Assert.False(await page.EvaluateAsync<bool>("window.__grid.rowsGone"), "the rows went away after they were shown");
        Assert.Equal(12, await page.Locator("[data-testid=identity-link]").CountAsync());
    }
}
