using System.Xml.Linq;
using Microsoft.Playwright;
using SesConsole.Tests.Support.Browser;

namespace SesConsole.Tests.Browser.EndToEnd;

/// <summary>The whole console in Chromium: the provider's picker, a live circuit, LocalSes behind it, sign-out.</summary>
[Trait("Category", "Browser")]
public sealed class BrowserSignInTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    private static readonly XNamespace Ses = "http://ses.amazonaws.com/doc/2010-12-01/";

    /// <summary>LocalSes's verification attributes of one identity: (status, token), or null when SES has no such identity.</summary>
    private async Task<(string Status, string? Token)?> VerificationOfAsync(string identity)
    {
        var xml = XDocument.Parse(await fixture.CallLocalSesAsync(
            ("Action", "GetIdentityVerificationAttributes"), ("Identities.member.1", identity)));
        var entry = xml.Descendants(Ses + "entry").SingleOrDefault(e => (string?)e.Element(Ses + "key") == identity);
        if (entry is null)
        {
            return null;
        }

        var value = entry.Element(Ses + "value")!;
        return ((string)value.Element(Ses + "VerificationStatus")!, (string?)value.Element(Ses + "VerificationToken"));
    }

    private static ILocator Row(IPage page, string identity) =>
        page.Locator("tr", new() { Has = page.Locator("a[data-testid=identity-link]", new() { HasTextString = identity }) });

    [Fact]
    public async Task AdminVerifiesADomainSeesItsTokenInLocalSesDeletesItAndSignsOut()
    {
        const string Domain = "browser-admin.example";
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(AppPages.DefaultGrid);
        Assert.StartsWith(fixture.ProviderOrigin.ToString(), page.Url, StringComparison.Ordinal);
        await page.ClickAsync("button[name=login_hint][value=admin]");
        await AppPages.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=user-name]")).ToHaveTextAsync("Dev Admin");

        await page.ClickAsync("button[data-testid=verify-domain]");
        await page.FillAsync("[data-testid=verify-domain-dialog] input[type=text]", Domain);
        await Assertions.Expect(page.Locator("[data-testid=normalized-name]")).ToContainTextAsync(Domain);
        await page.ClickAsync("button[data-testid=submit]");
        var txt = page.Locator("[data-testid=dns-record]", new() { Has = page.Locator("[data-testid=dns-name]", new() { HasTextString = $"_amazonses.{Domain}" }) });
        await Assertions.Expect(txt).ToHaveCountAsync(1);
        var token = (await txt.Locator("[data-testid=dns-value]").InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrEmpty(token));

        Assert.Equal(("Pending", token), await VerificationOfAsync(Domain));

        await page.ClickAsync("button[data-testid=done]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(Row(page, Domain)).ToHaveCountAsync(1);
        await Row(page, Domain).Locator("button[data-testid=row-delete]").ClickAsync();
        await page.FillAsync("[data-testid=delete-dialog] input", Domain);
        await page.ClickAsync("button[data-testid=confirm-delete]");
        await Assertions.Expect(Row(page, Domain)).ToHaveCountAsync(0);
        Assert.Null(await VerificationOfAsync(Domain));

        await page.ClickAsync("button[data-testid=user-menu-button]");
        await page.ClickAsync("button[data-testid=sign-out]");
        await Assertions.Expect(page.Locator("[data-testid=signed-out]")).ToContainTextAsync("You have signed out");
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("button[name=login_hint][value=admin]")).ToBeVisibleAsync();
        Assert.StartsWith(fixture.ProviderOrigin.ToString(), page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewerSeesIdentitiesButNoButtonThatChangesThem()
    {
        const string Domain = "browser-viewer.example";
        await fixture.CallLocalSesAsync(("Action", "VerifyDomainIdentity"), ("Domain", Domain));
        await fixture.SyncIndexAsync();
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await AppPages.SignInAsync(page, "viewer");

        await Assertions.Expect(page.Locator("[data-testid=user-name]")).ToHaveTextAsync("Dev Viewer");
        // The domain was made at SES behind the console's back; the index caught up above (what the sync does), and
        // the grid reads only the index.
        await Assertions.Expect(Row(page, Domain)).ToHaveCountAsync(1);
        await Assertions.Expect(Row(page, Domain).Locator("[data-testid=row-details]")).ToHaveCountAsync(1);
        foreach (var button in new[] { "verify-email", "verify-domain", "row-delete", "empty-verify-email", "empty-verify-domain" })
        {
            await Assertions.Expect(page.Locator($"[data-testid={button}]")).ToHaveCountAsync(0);
        }

        await Row(page, Domain).Locator("a[data-testid=identity-link]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=identity-title]")).ToHaveTextAsync(Domain);
        await Assertions.Expect(page.Locator("[data-testid=verification-section] [data-testid=dns-record]")).ToHaveCountAsync(1);
        foreach (var button in new[] { "delete", "setup-dkim", "resend" })
        {
            await Assertions.Expect(page.Locator($"[data-testid={button}]")).ToHaveCountAsync(0);
        }

        await page.ClickAsync("button[data-testid=user-menu-button]");
        await Assertions.Expect(page.Locator("[data-testid=user-role]")).ToHaveTextAsync("Viewer");
    }
}
