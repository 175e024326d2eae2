using Microsoft.Playwright;
using SesConsole.Core.Notifications;
using SesConsole.Tests.Support.Browser;
using SesConsole.Tests.Support.Web;
using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Screenshots;

/// <summary>
/// Headless Chromium screenshots (light and dark) of the operator tools: the account status in the header, the
/// sandbox note, the Notifications section and the MAIL FROM, topic and test email dialogs.
/// </summary>
[Trait("Category", "Browser")]
public sealed class OperatorToolsScreenshotTests : BrowserTest<ScreenshotAppFactory>
{
    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings)
    {
        var app = new ScreenshotAppFactory(signInSettings);
        ScreenshotData.Fill(app.Fake);
        app.AccountStatus.Set("us-east-1", FakeAccountStatusService.Sandbox("us-east-1", sent: 37));
        app.Notifications.Settings["acme-shop.com"] = new NotificationSettings(
            "arn:aws:sns:us-east-1:123456789012:ses-bounces", null, null, true, true, false, false);
        app.Notifications.Topics = new TopicList("us-east-1",
            ["arn:aws:sns:us-east-1:123456789012:ses-bounces", "arn:aws:sns:us-east-1:123456789012:ses-complaints"], DateTimeOffset.UnixEpoch);
        return app;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CapturesTheOperatorTools(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");

        // Header status and the sandbox note of the verify-email dialog.
        await OpenAsync(page, DefaultGrid, dark);
        await Assertions.Expect(page.Locator("[data-testid=account-access]")).ToHaveTextAsync("Sandbox");
        await page.ClickAsync("button[data-testid=verify-email]");
        await Assertions.Expect(page.Locator("[data-testid=sandbox-recipients-note]")).ToBeVisibleAsync();
        await SaveAsync(page, $"tools-verify-email-sandbox-{theme}");
        await page.ClickAsync("button[data-testid=cancel]");

        // Details: the Notifications section.
        await OpenAsync(page, "/identities/acme-shop.com", dark);
        await Assertions.Expect(page.Locator("[data-testid=missing-feedback-topics]")).ToContainTextAsync("complaints");
        await SaveAsync(page, $"tools-details-{theme}", fullPage: true);
        await SaveAsync(page, $"tools-notifications-{theme}", page.Locator("[data-testid=notifications-section]"));

        // Topic dialog with the picker.
        await page.ClickAsync("button[data-testid=edit-topic-Complaint]");
        await Assertions.Expect(page.Locator("[data-testid=topic-dialog]")).ToBeVisibleAsync();
        await page.FillAsync("input[data-testid=topic-arn]", "arn:aws:sns:eu-west-1:123456789012:ses-complaints");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("SES publishes only to topics in the identity's region");
        await SaveAsync(page, $"tools-topic-dialog-{theme}");
        await page.ClickAsync("button[data-testid=cancel]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        // MAIL FROM dialog with its records.
        await page.ClickAsync("button[data-testid=edit-mail-from]");
        await page.FillAsync("input[data-testid=mail-from-input]", "Bounce.Acme-Shop.com");
        await Assertions.Expect(page.Locator("[data-testid=mail-from-normalized]")).ToContainTextAsync("bounce.acme-shop.com");
        await SaveAsync(page, $"tools-mail-from-dialog-{theme}");
        await page.ClickAsync("button[data-testid=cancel]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        // Test email: the form, then SES's answer.
        await page.ClickAsync("button[data-testid=send-test-email]");
        await Assertions.Expect(page.Locator("[data-testid=test-email-dialog]")).ToBeVisibleAsync();
        await SaveAsync(page, $"tools-test-email-{theme}");
        await page.ClickAsync("button[data-testid=test-email-send]");
        await Assertions.Expect(page.Locator("[data-testid=test-email-message-id]")).ToHaveTextAsync("0100-test-message-id");
        await SaveAsync(page, $"tools-test-email-sent-{theme}");
    }
}
