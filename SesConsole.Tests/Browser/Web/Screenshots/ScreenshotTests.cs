using Microsoft.Playwright;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Browser;

using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Screenshots;

/// <summary>
/// Drives the real app in Debian's Chromium and saves a PNG of every screen, light and dark, to
/// <c>artifacts/screenshots/</c> for a designer's eye; each step asserts the screen actually rendered.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ScreenshotTests : BrowserTest<ScreenshotAppFactory>
{
    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings)
    {
        var app = new ScreenshotAppFactory(signInSettings);
        ScreenshotData.Fill(app.Fake);
        // The freshness line as an operator sees it most of the time: synced a little while ago, one region still
        // on its first sync.
        app.Fake.SyncStates["us-east-1"] = new SesConsole.Core.Index.RegionSyncState("us-east-1", DateTimeOffset.UtcNow.AddSeconds(-40), null, 12, null, null, null);
        app.Fake.SyncStates["eu-west-1"] = new SesConsole.Core.Index.RegionSyncState("eu-west-1", DateTimeOffset.UtcNow.AddMinutes(-3), null, 2, null, null, null);
        app.Fake.SyncStates["eu-central-1"] = new SesConsole.Core.Index.RegionSyncState("eu-central-1", null, DateTimeOffset.UtcNow, 1234, null, null, null);
        return app;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CapturesEveryScreen(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");

        // Identities with data.
        await OpenAsync(page, "/", dark);
        await Assertions.Expect(page.Locator("[data-testid=identity-link]")).ToHaveCountAsync(12);
        await Assertions.Expect(page.Locator(".status-chip", new() { HasText = "Temporary failure" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".status-chip", new() { HasText = "DKIM" }).Or(page.Locator("[data-testid=dkim-off]")).First).ToBeVisibleAsync();
        await SaveAsync(page, $"identities-data-{theme}");

        // All regions: one grid with a Region column and filter, and each region's freshness.
        await OpenAsync(page, "/regions/all/identities", dark);
        await Assertions.Expect(page.Locator("[data-testid=row-region]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=sync-state-eu-central-1]")).ToContainTextAsync("identities read so far");
        await SaveAsync(page, $"identities-all-regions-{theme}");
        await OpenAsync(page, "/regions/us-east-1/identities", dark);
        await Assertions.Expect(page.Locator("[data-testid=identity-link]")).ToHaveCountAsync(12);

        // Verify email, with a validation error.
        await page.ClickAsync("button[data-testid=verify-email]");
        await page.FillAsync("input[type=email]", "jane.doe@");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Enter an email address like name@example.com.");
        await SaveAsync(page, $"verify-email-invalid-{theme}");
        await page.ClickAsync("button[data-testid=cancel]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        // Verify domain: input, then the result view with DKIM.
        await page.ClickAsync("button[data-testid=verify-domain]");
        await page.FillAsync(".mud-dialog input[type=text]", "Bücher.Example.");
        await Assertions.Expect(page.Locator("[data-testid=normalized-name]")).ToContainTextAsync("xn--bcher-kva.example");
        await SaveAsync(page, $"verify-domain-input-{theme}");
        await page.ClickAsync("button[data-testid=submit]");
        await Assertions.Expect(page.Locator("[data-testid=dns-record]")).ToHaveCountAsync(4);
        await SaveAsync(page, $"verify-domain-result-{theme}");
        await page.ClickAsync("button[data-testid=done]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        // Delete confirmation of a domain.
        var row = page.Locator("tr", new() { Has = page.Locator("a[data-testid=identity-link]", new() { HasTextString = "legacy-brand.net" }) });
        await row.Locator("button[data-testid=row-delete]").ClickAsync();
        await Assertions.Expect(page.Locator("button[data-testid=confirm-delete]")).ToBeDisabledAsync();
        await page.FillAsync(".mud-dialog input", "legacy-brand.net");
        await Assertions.Expect(page.Locator("button[data-testid=confirm-delete]")).ToBeEnabledAsync();
        await SaveAsync(page, $"delete-dialog-{theme}");
        await page.ClickAsync("button[data-testid=cancel]");

        // Details of a domain with DKIM and MAIL FROM.
        await OpenAsync(page, "/identities/acme-shop.com", dark);
        await Assertions.Expect(page.Locator("[data-testid=identity-title]")).ToHaveTextAsync("acme-shop.com");
        await Assertions.Expect(page.Locator("[data-testid=dkim-section] [data-testid=dns-record]")).ToHaveCountAsync(3);
        await SaveAsync(page, $"details-{theme}", fullPage: true);

        // Local mailbox.
        await OpenAsync(page, "/local/mailbox", dark);
        await Assertions.Expect(page.Locator("[data-testid=mail]")).ToHaveCountAsync(2);
        await SaveAsync(page, $"mailbox-{theme}");

        // Who is signed in (Admins): the admin themselves, marked "you".
        await OpenAsync(page, "/sessions", dark);
        await Assertions.Expect(page.Locator("[data-testid=session-person]")).ToHaveCountAsync(1);
        await SaveAsync(page, $"sessions-{theme}");

        // An empty region.
        await OpenAsync(page, "/", dark);
        await page.ClickAsync(".region-picker button");
        await page.ClickAsync("[data-testid=region-eu-central-1]");
        await Assertions.Expect(page.Locator("[data-testid=empty-state]")).ToContainTextAsync("No identities in eu-central-1 yet");
        await SaveAsync(page, $"identities-empty-{theme}");

        // An SES failure.
        Harness.App.Fake.ListFailure = new Failure(FailureKind.AccessDenied,
            "The console's IAM role is not allowed to call ses:ListIdentities in us-east-1.", "AccessDenied",
            "6b1f9c2e-4d3a-4f7e-9a51-0c2d8e7b1a90");
        try
        {
            await OpenAsync(page, "/", dark);
            await Assertions.Expect(page.Locator("[data-testid=failure-alert]")).ToContainTextAsync("6b1f9c2e-4d3a-4f7e-9a51-0c2d8e7b1a90");
            await Assertions.Expect(page.Locator("button[data-testid=retry]")).ToBeVisibleAsync();
            await SaveAsync(page, $"identities-error-{theme}");
        }
        finally
        {
            Harness.App.Fake.ListFailure = null;
        }
    }
}
