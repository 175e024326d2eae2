using Microsoft.Playwright;

namespace SesConsole.Tests.Support.Browser;

/// <summary>Steps through the console in a browser page that every browser test takes the same way.</summary>
public static class AppPages
{
    /// <summary>The identities grid of the first configured region (every browser app's default: us-east-1); "/" is
    /// the overview.</summary>
    public const string DefaultGrid = "/regions/us-east-1/identities";

    /// <summary>Opens <paramref name="landing"/> (by default the grid), picks the account on LocalEntra's picker page
    /// and waits for the live circuit back there.</summary>
    public static async Task SignInAsync(IPage page, string who, string landing = DefaultGrid)
    {
        await page.GotoAsync(landing);
        await page.ClickAsync($"button[name=login_hint][value={who}]");
        await WaitForCircuitAsync(page);
    }

    /// <summary>Goes to <paramref name="path"/>, waits for the live circuit and switches to dark mode when asked.</summary>
    public static async Task OpenAsync(IPage page, string path, bool dark)
    {
        await OpenAsync(page, path);
        await ToggleDarkAsync(page, dark);
    }

    public static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForCircuitAsync(page);
    }

    public static Task WaitForCircuitAsync(IPage page) => page.WaitForSelectorAsync(".mud-layout[data-interactive=true]");

    /// <summary>Switches to dark mode (nothing when <paramref name="dark"/> is false) and moves the mouse away so its tooltip is gone.</summary>
    public static async Task ToggleDarkAsync(IPage page, bool dark)
    {
        if (!dark)
        {
            return;
        }

        await page.ClickAsync("button[data-testid=dark-mode-toggle]");
        await Assertions.Expect(page.Locator("button[data-testid=dark-mode-toggle]")).ToHaveAttributeAsync("aria-label", "Switch to light mode");
        await page.Mouse.MoveAsync(600, 400);
        await Assertions.Expect(page.Locator(".mud-tooltip", new() { HasText = "Switch to light mode" })).ToHaveCountAsync(0);
    }
}
