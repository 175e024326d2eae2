using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SesConsole.LocalSes.Knobs;
using SesConsole.Web.Local;

using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.EndToEnd;

/// <summary>
/// Saves PNGs of the sign-in screens (provider picker, access denied, signed out), the Audit page with entries and
/// the open user menu to <c>artifacts/screenshots/</c>; each step asserts the screen actually rendered.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AuthScreenshotTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task CapturesTheSignInChoiceAccessDeniedAndSignedOutPages()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("button[name=login_hint]")).ToHaveCountAsync(3);
        await SaveAsync(page, "signin-choice-light");

        await page.ClickAsync("button[name=login_hint][value=norole]");
        await Assertions.Expect(page.Locator("[data-testid=access-denied]")).ToContainTextAsync("SesConsole.Viewer");
        Assert.Contains("/access-denied", page.Url, StringComparison.Ordinal);
        await SaveAsync(page, "access-denied-light");

        await page.ClickAsync("button[data-testid=sign-out]");
        await Assertions.Expect(page.Locator("[data-testid=signed-out]")).ToBeVisibleAsync();
        await SaveAsync(page, "signed-out-light");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CapturesTheAuditPageAndTheOpenUserMenu(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await MakeAuditEntriesAsync(page, $"{theme}-shots.example");

        await OpenAsync(page, "/audit", dark);
        await Assertions.Expect(page.Locator("[data-testid=audit-identity]", new() { HasTextString = $"{theme}-shots.example" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=audit-outcome]", new() { HasTextString = "Failed" }).First).ToBeVisibleAsync();
        await SaveAsync(page, $"audit-{theme}");

        await page.ClickAsync("[data-testid=audit-action-filter]");
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('Delete')");
        await Assertions.Expect(page.Locator("[data-testid=audit-action]:not(:text-is('Delete'))")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=audit-action]")).Not.ToHaveCountAsync(0);

        await page.ClickAsync("button[data-testid=user-menu-button]");
        await Assertions.Expect(page.Locator("[data-testid=user-role]")).ToHaveTextAsync("Admin");
        await SaveAsync(page, $"user-menu-{theme}");
    }

    /// <summary>A verification that fails at SES (an injected LocalSes fault), one that succeeds and a delete, all through the UI.</summary>
    private async Task MakeAuditEntriesAsync(IPage page, string domain)
    {
        var knobs = fixture.App.Services.GetRequiredService<EmbeddedLocalSes>().Server.Knobs;
        knobs.SetFaultRate(1, LocalSesFault.InternalFailure);
        try
        {
            await page.ClickAsync("button[data-testid=verify-domain]");
            await page.FillAsync("[data-testid=verify-domain-dialog] input[type=text]", "outage." + domain);
            await page.ClickAsync("button[data-testid=submit]");
            await Assertions.Expect(page.Locator("[data-testid=verify-domain-dialog] [data-testid=failure-alert]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }
        finally
        {
            knobs.ClearFaults();
        }

        await page.ClickAsync(".mud-dialog button[data-testid=cancel]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        await page.ClickAsync("button[data-testid=verify-domain]");
        await page.FillAsync("[data-testid=verify-domain-dialog] input[type=text]", domain);
        await page.ClickAsync("button[data-testid=submit]");
        await Assertions.Expect(page.Locator("[data-testid=domain-result]")).ToBeVisibleAsync();
        await page.ClickAsync("button[data-testid=done]");
        var row = page.Locator("tr", new() { Has = page.Locator("a[data-testid=identity-link]", new() { HasTextString = domain }) });
        await row.Locator("button[data-testid=row-delete]").ClickAsync();
        await page.FillAsync("[data-testid=delete-dialog] input", domain);
        await page.ClickAsync("button[data-testid=confirm-delete]");
        await Assertions.Expect(row).ToHaveCountAsync(0);
    }
}
