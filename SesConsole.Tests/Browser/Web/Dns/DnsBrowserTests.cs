using Microsoft.Playwright;
using SesConsole.Tests.Support.Browser;
using SesConsole.Tests.Support.Dns;

using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Dns;

/// <summary>
/// In Chromium: the details page's live check against a real dnsmasq, an Admin's share link, and the public page
/// behind it, whose every request is recorded. Saves light and dark screenshots to <c>artifacts/screenshots/</c>.
/// </summary>
[Trait("Category", "Browser")]
public sealed class DnsBrowserTests(MixedDnsFixture dns) : BrowserTest<DnsBrowserAppFactory>, IClassFixture<MixedDnsFixture>
{
    protected override DnsBrowserAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings) =>
        new(signInSettings, dns.Server.Endpoint);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnAdminChecksDnsAndSharesALinkWhosePageRevealsNothingElse(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var admin = await Harness.NewContextAsync();
        var page = await admin.NewPageAsync();
        await SignInAsync(page, "admin");
        await OpenAsync(page, $"/identities/{MixedDnsFixture.Domain}");
        await Assertions.Expect(page.Locator("[data-testid=identity-title]")).ToHaveTextAsync(MixedDnsFixture.Domain);
        await ToggleDarkAsync(page, dark);

        await page.ClickAsync("button[data-testid=check-dns]");
        await Assertions.Expect(page.Locator("[data-testid=dns-check]")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("[data-testid=dns-check-headline]")).ToHaveTextAsync("2 of 5 records are published correctly.");
        await page.ClickAsync("button[data-testid=create-share-link]");
        var url = (await page.Locator("[data-testid=share-link-url]").TextContentAsync())!;
        await page.Mouse.MoveAsync(600, 10);
        await page.Locator("[data-testid=dns-check-section]").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => document.querySelector('[data-testid=dns-check-section]').scrollIntoView({ block: 'start' })");
        await SaveAsync(page, $"dns-details-mixed-{theme}", fullPage: false);

        await using var stranger = await Harness.Chromium.NewContextAsync(baseAddress: null, width: 1280);
        var shared = await stranger.NewPageAsync();
        var requests = new List<string>();
        var bodies = new List<Task<string>>();
        shared.Request += (_, request) => requests.Add(request.Url);
        shared.Response += (_, response) => bodies.Add(BodyOrEmptyAsync(response));
        await shared.GotoAsync(url);
        await Assertions.Expect(shared.Locator("[data-testid=shared-domain]")).ToHaveTextAsync(MixedDnsFixture.Domain);
        await Assertions.Expect(shared.Locator("[data-testid=dns-record]")).ToHaveCountAsync(5);
        await shared.ClickAsync("button[data-testid=check-dns]");
        await Assertions.Expect(shared.Locator("[data-testid=dns-check]")).ToHaveCountAsync(5);
        await Assertions.Expect(shared.Locator("[data-testid=dns-check-state]").Nth(2)).ToHaveTextAsync("Missing");
        if (!dark)
        {
            // The public page has no theme switch: one picture is all there is.
            await SaveAsync(shared, "dns-shared-page", fullPage: true);
        }

        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.StartsWith(Harness.BaseAddress.GetLeftPart(UriPartial.Authority), r, StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => r.Contains("_blazor", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(requests, r => r.Contains("blazor.web.js", StringComparison.OrdinalIgnoreCase));
        var texts = await Task.WhenAll(bodies);
        Assert.All(DnsBrowserAppFactory.OtherIdentities, other =>
            Assert.DoesNotContain(texts, t => t.Contains(other, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(texts, t => t.Contains("AllowMarketingPlatform", StringComparison.Ordinal));
    }

    private static async Task<string> BodyOrEmptyAsync(IResponse response)
    {
        try
        {
            return await response.TextAsync();
        }
        catch (PlaywrightException)
        {
            // Redirects and aborted responses have no body to reveal anything.
            return string.Empty;
        }
    }
}
