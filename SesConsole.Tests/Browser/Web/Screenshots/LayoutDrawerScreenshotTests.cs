using Microsoft.Playwright;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Browser;

using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Screenshots;

/// <summary>
/// The layout drawn without MudLayout, MudDrawer, MudThemeProvider or a standing snackbar provider (issue 13), at a
/// desktop's width and a phone's, light and dark, on the grid and the details page: the drawer open by default on a
/// desktop and closed by its menu button, closed by default on a phone and opened over a backdrop that closes it,
/// closed again by navigating; a dialog opened as the first thing after the page loads; the page's first snackbar.
/// </summary>
[Trait("Category", "Browser")]
public sealed class LayoutDrawerScreenshotTests : BrowserTest<ScreenshotAppFactory>
{
    private const string PendingEmail = "/regions/us-east-1/identities/support%40acme-shop.com";

    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings)
    {
        var app = ScreenshotAppFactory.WithData(signInSettings);
        app.Fake.Details["us-east-1/support@acme-shop.com"] = new IdentityDetails(
            "support@acme-shop.com", IdentityKind.EmailAddress, VerificationStatus.Pending, null,
            new DateTimeOffset(2025, 3, 3, 16, 5, 0, TimeSpan.Zero), null, null, []);
        return app;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OnADesktopTheDrawerIsOpenUntilTheMenuButtonClosesIt(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var context = await Harness.NewContextAsync(width: 1440, height: 900);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        var drawer = page.Locator("[data-testid=app-drawer]");
        var toggle = page.Locator("button[data-testid=drawer-toggle-wide]");

        // A dialog as the first thing after the page loads.
        await page.GotoAsync(DefaultGrid);
        await WaitForCircuitAsync(page);
        await page.ClickAsync("button[data-testid=verify-email]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToBeVisibleAsync();
        await page.ClickAsync("button[data-testid=cancel]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        await ToggleDarkAsync(page, dark);
        await Assertions.Expect(page.Locator("[data-testid=identity-link]")).ToHaveCountAsync(12);
        await Assertions.Expect(drawer).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("button[data-testid=drawer-toggle-narrow]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".mud-main-content")).ToHaveCSSAsync("margin-left", "240px");
        await SaveAsync(page, $"issue13-layout-grid-wide-open-{theme}");

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(drawer).Not.ToBeInViewportAsync();
        await Assertions.Expect(page.Locator(".mud-main-content")).ToHaveCSSAsync("margin-left", "0px");
        await Assertions.Expect(page.Locator("[data-testid=drawer-backdrop]")).ToHaveCountAsync(0);
        await SaveAsync(page, $"issue13-layout-grid-wide-closed-{theme}");

        await page.ClickAsync("button[data-testid=verify-domain]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToBeVisibleAsync();
        await SaveAsync(page, $"issue13-layout-grid-wide-dialog-{theme}");
        await page.ClickAsync("button[data-testid=cancel]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        await toggle.ClickAsync();
        await Assertions.Expect(drawer).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator(".mud-main-content")).ToHaveCSSAsync("margin-left", "240px");

        // The details page: its first snackbar appears with it.
        await OpenAsync(page, PendingEmail, dark);
        await Assertions.Expect(page.Locator("[data-testid=identity-title]")).ToHaveTextAsync("support@acme-shop.com");
        await Assertions.Expect(page.Locator("#mud-snackbar-container")).ToHaveCountAsync(0);
        await page.ClickAsync("button[data-testid=resend]");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("support@acme-shop.com");
        await SaveAsync(page, $"issue13-layout-details-wide-snackbar-{theme}");

        await toggle.ClickAsync();
        await Assertions.Expect(drawer).Not.ToBeInViewportAsync();
        await SaveAsync(page, $"issue13-layout-details-wide-closed-{theme}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OnAPhoneTheDrawerOpensOverABackdropAndClosesByItOrByNavigating(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var context = await Harness.NewContextAsync(width: 390, height: 844);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        var drawer = page.Locator("[data-testid=app-drawer]");
        var toggle = page.Locator("button[data-testid=drawer-toggle-narrow]");
        var backdrop = page.Locator("[data-testid=drawer-backdrop]");

        await OpenAsync(page, DefaultGrid, dark);
        await Assertions.Expect(page.Locator("[data-testid=identity-link]")).ToHaveCountAsync(12);
        await Assertions.Expect(drawer).Not.ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("button[data-testid=drawer-toggle-wide]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".mud-main-content")).ToHaveCSSAsync("margin-left", "0px");
        await SaveAsync(page, $"issue13-layout-grid-narrow-closed-{theme}");

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(drawer).ToBeInViewportAsync();
        await Assertions.Expect(backdrop).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-main-content")).ToHaveCSSAsync("margin-left", "0px");
        await SaveAsync(page, $"issue13-layout-grid-narrow-open-{theme}");

        // The backdrop, beside the drawer, closes it.
        await page.Mouse.ClickAsync(360, 500);
        await Assertions.Expect(backdrop).ToHaveCountAsync(0);
        await Assertions.Expect(drawer).Not.ToBeInViewportAsync();

        await page.ClickAsync("button[data-testid=verify-email]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToBeVisibleAsync();
        await SaveAsync(page, $"issue13-layout-grid-narrow-dialog-{theme}");
        await page.ClickAsync("button[data-testid=cancel]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        // Navigating from the drawer closes it.
        await toggle.ClickAsync();
        await Assertions.Expect(drawer).ToBeInViewportAsync();
        await page.ClickAsync("[data-testid=nav-jobs]");
        await page.WaitForURLAsync("**/jobs");
        await Assertions.Expect(backdrop).ToHaveCountAsync(0);
        await Assertions.Expect(drawer).Not.ToBeInViewportAsync();

        await OpenAsync(page, PendingEmail, dark);
        await Assertions.Expect(page.Locator("[data-testid=identity-title]")).ToHaveTextAsync("support@acme-shop.com");
        await page.ClickAsync("button[data-testid=resend]");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("support@acme-shop.com");
        await SaveAsync(page, $"issue13-layout-details-narrow-snackbar-{theme}");

        await toggle.ClickAsync();
        await Assertions.Expect(drawer).ToBeInViewportAsync();
        await SaveAsync(page, $"issue13-layout-details-narrow-open-{theme}");
    }
}
