using Microsoft.Playwright;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Browser;

using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Screenshots;

/// <summary>
/// The screens the plain-markup layout and details page drew anew (issue 13), at a phone's width and a desktop's,
/// light and dark: the details page of a domain and of an email address, and the user menu and region picker opened
/// (they exist only while open); each step asserts what the screen shows and that Escape closes the menus.
/// </summary>
[Trait("Category", "Browser")]
public sealed class LayoutMenusScreenshotTests : BrowserTest<ScreenshotAppFactory>
{
    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings)
    {
        var app = new ScreenshotAppFactory(signInSettings);
        ScreenshotData.Fill(app.Fake);
        app.Fake.Details["us-east-1/billing@acme-shop.com"] = new IdentityDetails(
            "billing@acme-shop.com", IdentityKind.EmailAddress, VerificationStatus.Success, null,
            new DateTimeOffset(2025, 3, 3, 16, 5, 0, TimeSpan.Zero), null, null, []);
        return app;
    }

    [Theory]
    [InlineData(false, 390)]
    [InlineData(true, 390)]
    [InlineData(false, 1440)]
    [InlineData(true, 1440)]
    public async Task DetailsAndOpenMenusLookRight(bool dark, int width)
    {
        var name = $"{(width < 600 ? "narrow" : "wide")}-{(dark ? "dark" : "light")}";
        await using var context = await Harness.NewContextAsync(width: width, height: 900);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");

        await OpenAsync(page, "/regions/us-east-1/identities/acme-shop.com", dark);
        await Assertions.Expect(page.Locator("[data-testid=identity-title]")).ToHaveTextAsync("acme-shop.com");
        await Assertions.Expect(page.Locator("[data-testid=dkim-section] [data-testid=dns-record]")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-testid=dkim-section] button[data-testid=copy]")).ToHaveCountAsync(6);
        await SaveAsync(page, $"issue13-details-domain-{name}", fullPage: true);

        await page.ClickAsync("button[data-testid=user-menu-button]");
        await Assertions.Expect(page.Locator("[data-testid=user-details]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("button[data-testid=user-menu-button]")).ToHaveAttributeAsync("aria-expanded", "true");
        await SaveAsync(page, $"issue13-user-menu-{name}");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("[data-testid=user-details]")).ToHaveCountAsync(0);

        await page.ClickAsync(".region-picker button");
        await Assertions.Expect(page.Locator("[data-testid=region-eu-west-1]")).ToBeVisibleAsync();
        await SaveAsync(page, $"issue13-region-picker-{name}");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("[data-testid=region-eu-west-1]")).ToHaveCountAsync(0);

        await OpenAsync(page, "/regions/us-east-1/identities/billing%40acme-shop.com", dark);
        await Assertions.Expect(page.Locator("[data-testid=identity-title]")).ToHaveTextAsync("billing@acme-shop.com");
        await Assertions.Expect(page.Locator("[data-testid=notifications-section]")).ToBeVisibleAsync();
        await SaveAsync(page, $"issue13-details-email-{name}", fullPage: true);
    }
}
