using Microsoft.Playwright;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Web.Dns;

/// <summary>
/// In Chromium: the details page's live check against a real dnsmasq, an Admin's share link, and the public page
/// behind it, whose every request is recorded. Saves light and dark screenshots to <c>artifacts/screenshots/</c>.
/// </summary>
public sealed class DnsBrowserTests(MixedDnsFixture dns) : IClassFixture<MixedDnsFixture>, IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _outputDirectory = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
    private LocalEntraProcess? _entra;
    private DnsBrowserAppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri _baseAddress = default!;

    public async Task InitializeAsync()
    {
        _entra = await LocalEntraProcess.StartAsync();
        _app = new DnsBrowserAppFactory(_entra.AzureAdSettings(), dns.Server.Endpoint);
        _baseAddress = _app.StartAndGetAddress();
        Directory.CreateDirectory(_outputDirectory);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_entra is not null)
        {
            await _entra.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnAdminChecksDnsAndSharesALinkWhosePageRevealsNothingElse(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var admin = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1360, Height = 860 },
            BaseURL = _baseAddress.ToString(),
        });
        var page = await admin.NewPageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync("button[name=login_hint][value=admin]");
        await page.WaitForSelectorAsync(".mud-layout[data-interactive=true]");
        await page.GotoAsync($"/identities/{MixedDnsFixture.Domain}");
        await page.WaitForSelectorAsync(".mud-layout[data-interactive=true]");
        await Assertions.Expect(page.Locator("[data-testid=identity-title]")).ToHaveTextAsync(MixedDnsFixture.Domain);
        if (dark)
        {
            await page.ClickAsync("button[data-testid=dark-mode-toggle]");
            await Assertions.Expect(page.Locator("button[data-testid=dark-mode-toggle]")).ToHaveAttributeAsync("aria-label", "Switch to light mode");
            await page.Mouse.MoveAsync(600, 400);
        }

        await page.ClickAsync("button[data-testid=check-dns]");
        await Assertions.Expect(page.Locator("[data-testid=dns-check]")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("[data-testid=dns-check-headline]")).ToHaveTextAsync("2 of 5 records are published correctly.");
        await page.ClickAsync("button[data-testid=create-share-link]");
        var url = (await page.Locator("[data-testid=share-link-url]").TextContentAsync())!;
        await page.Mouse.MoveAsync(600, 10);
        await page.Locator("[data-testid=dns-check-section]").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => document.querySelector('[data-testid=dns-check-section]').scrollIntoView({ block: 'start' })");
        await SaveAsync(page, $"dns-details-mixed-{theme}", fullPage: false);

        await using var stranger = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
        });
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
        Assert.All(requests, r => Assert.StartsWith(_baseAddress.GetLeftPart(UriPartial.Authority), r, StringComparison.Ordinal));
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

    private async Task SaveAsync(IPage page, string name, bool fullPage)
    {
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var path = Path.Combine(_outputDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
        Assert.True(new FileInfo(path).Length > 10_000, $"{name}.png is suspiciously small.");
    }
}
