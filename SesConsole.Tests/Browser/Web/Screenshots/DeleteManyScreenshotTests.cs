using Microsoft.Playwright;
using SesConsole.Tests.Support.Browser;
using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Screenshots;

/// <summary>Headless Chromium screenshots (light and dark) of the grid with rows selected and of the delete-many
/// confirmation.</summary>
[Trait("Category", "Browser")]
public sealed class DeleteManyScreenshotTests : BrowserTest<ScreenshotAppFactory>
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
    public async Task CapturesTheSelectionAndTheConfirmation(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await OpenAsync(page, DefaultGrid, dark);

        var boxes = page.Locator("input[data-testid=select-row]");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(2).CheckAsync();
        await boxes.Nth(3).CheckAsync();
        await Assertions.Expect(page.Locator("button[data-testid=delete-selected]")).ToHaveTextAsync("Delete 3 selected");
        await SaveAsync(page, $"delete-many-selected-{theme}");

        await page.ClickAsync("button[data-testid=delete-selected]");
        await Assertions.Expect(page.Locator("[data-testid=delete-many-name]")).ToHaveCountAsync(3);
        await page.Locator("[data-testid=delete-many-confirm-input] input, input[data-testid=delete-many-confirm-input]").First.FillAsync("3");
        await Assertions.Expect(page.Locator("button[data-testid=delete-many-start]")).ToBeEnabledAsync();
        await SaveAsync(page, $"delete-many-dialog-{theme}");
        await page.ClickAsync("button[data-testid=cancel]");

        await page.Locator("input[data-testid=select-page]").CheckAsync();
        await Assertions.Expect(page.Locator("[data-testid=select-all-matching]")).ToBeVisibleAsync();
        await SaveAsync(page, $"delete-many-page-selected-{theme}");

        await page.ClickAsync("button[data-testid=select-all-matching]");
        await Assertions.Expect(page.Locator("button[data-testid=delete-selected]")).ToHaveTextAsync("Delete all 12");
        await SaveAsync(page, $"delete-many-all-matching-{theme}");
    }
}
