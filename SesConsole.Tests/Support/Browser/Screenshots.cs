using Microsoft.Playwright;

namespace SesConsole.Tests.Support.Browser;

/// <summary>Saves PNGs to <c>artifacts/screenshots/</c> and asserts each one has real content.</summary>
public static class Screenshots
{
    public static string Folder { get; } =
        Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots")).FullName;

    public static async Task SaveAsync(IPage page, string name, bool fullPage = false)
    {
        var path = await SettleAsync(page, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
        AssertNotBlank(path, name);
    }

    /// <summary>A picture of one element of the page.</summary>
    public static async Task SaveAsync(IPage page, string name, ILocator element)
    {
        var path = await SettleAsync(page, name);
        await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
        AssertNotBlank(path, name);
    }

    private static async Task<string> SettleAsync(IPage page, string name)
    {
        // Let ripples, popovers and transitions settle before the picture.
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        return Path.Combine(Folder, name + ".png");
    }

    private static void AssertNotBlank(string path, string name) =>
        Assert.True(new FileInfo(path).Length > 10_000, $"{name}.png is suspiciously small.");
}
