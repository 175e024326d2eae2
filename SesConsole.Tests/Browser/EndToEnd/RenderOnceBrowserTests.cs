using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SesConsole.LocalSes;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Support.Browser;
using SesConsole.Web.Local;

namespace SesConsole.Tests.Browser.EndToEnd;

/// <summary>
/// Render once: the details page opened by URL (prerendered, then its circuit) asks SES what it asks when opened
/// from the grid inside a live circuit, counted by LocalSes, and never goes back from content to a skeleton.
/// </summary>
[Trait("Category", "Browser")]
public sealed class RenderOnceBrowserTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    private const string Email = "render-once@example.com";

    /// <summary>
    /// One load of an email address's details, the page's minimum: its verification attributes, its MAIL FROM
    /// attributes, its policy names and its policy documents are one call each (the policies section is the one
    /// reader of the policies; the details read no longer lists them too).
    /// </summary>
    private static readonly Dictionary<string, long> OneLoad = new(StringComparer.Ordinal)
    {
        ["GetIdentityVerificationAttributes"] = 1,
        ["GetIdentityMailFromDomainAttributes"] = 1,
        ["ListIdentityPolicies"] = 1,
        ["GetIdentityPolicies"] = 1,
        // The Notifications section's own read (feedback topics and forwarding).
        ["GetIdentityNotificationAttributes"] = 1,
    };

    // Records whether a loading skeleton shows up after the identity's title was on screen.
    private const string FlashRecorder = """
        window.__flashes = 0;
        new MutationObserver(() => {
          if (document.querySelector('[data-testid=identity-title]')) { window.__sawContent = true; }
          if (window.__sawContent && document.querySelector('[data-testid=loading], [data-testid=policies-loading]')) { window.__flashes++; }
        }).observe(document, { subtree: true, childList: true });
        """;

    private LocalSesServer Ses => fixture.App.Services.GetRequiredService<EmbeddedLocalSes>().Server;

    [Fact]
    public async Task DetailsOpenedByUrlCostTheSesCallsOfOneLoadLikeFromTheGridAndNeverFlashASkeleton()
    {
        await SeedVerifiedEmailWithAPolicyAsync();
        await using var context = await fixture.NewContextAsync();
        await context.AddInitScriptAsync(FlashRecorder);
        var page = await context.NewPageAsync();
        await AppPages.SignInAsync(page, "admin");
        await Assertions.Expect(page.Locator("[data-testid=identity-link]", new() { HasTextString = Email })).ToHaveCountAsync(1);
        await QuietAsync();

        Ses.ResetRequestCounts();
        await AppPages.OpenAsync(page, $"/regions/us-east-1/identities/{Uri.EscapeDataString(Email)}");
        await Assertions.Expect(page.Locator("[data-testid=policy]")).ToHaveTextAsync("AllowApp");
        var byUrl = await QuietAsync();
        var flashesByUrl = await page.EvaluateAsync<int>("window.__flashes");

        await page.ClickAsync("a[href='/regions/us-east-1/identities'] >> nth=0");
        await Assertions.Expect(page.Locator("[data-testid=identity-link]", new() { HasTextString = Email })).ToHaveCountAsync(1);
        await QuietAsync();
        Ses.ResetRequestCounts();
        await page.ClickAsync($"[data-testid=identity-link]:has-text('{Email}')");
        await Assertions.Expect(page.Locator("[data-testid=policy]")).ToHaveTextAsync("AllowApp");
        var fromGrid = await QuietAsync();

        Assert.Equal(OneLoad, fromGrid);
        Assert.Equal(fromGrid, byUrl);
        Assert.Equal(0, flashesByUrl);
    }

    private async Task SeedVerifiedEmailWithAPolicyAsync()
    {
        await fixture.CallLocalSesAsync(("Action", "VerifyEmailIdentity"), ("EmailAddress", Email));
        Assert.Equal(System.Net.HttpStatusCode.OK, await Outbox.ConfirmAsync(Ses, Email));
        await fixture.CallLocalSesAsync(
            ("Action", "PutIdentityPolicy"), ("Identity", Email), ("PolicyName", "AllowApp"),
            ("Policy", $$"""{"Version":"2012-10-17","Statement":[{"Sid":"App","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::210987654321:root"},"Action":["ses:SendEmail"],"Resource":"arn:aws:ses:us-east-1:123456789012:identity/{{Email}}"}]}"""));
        // Made behind the console's back: the grid shows it once the index has caught up (what "Sync now" does).
        await fixture.SyncIndexAsync();
    }

    /// <summary>Waits until LocalSes has seen no request for 1.5 s (at most 20 s), then returns its counts.</summary>
    private async Task<Dictionary<string, long>> QuietAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var counts = new Dictionary<string, long>(Ses.RequestCounts, StringComparer.Ordinal);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1500));
            var now = new Dictionary<string, long>(Ses.RequestCounts, StringComparer.Ordinal);
            if (now.Count == counts.Count && now.All(kv => counts.TryGetValue(kv.Key, out var n) && n == kv.Value))
            {
                return now;
            }

            counts = now;
        }

        throw new TimeoutException("LocalSes kept receiving requests for 20 s.");
    }
}
