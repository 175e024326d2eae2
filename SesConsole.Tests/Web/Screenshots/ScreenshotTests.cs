using Microsoft.Playwright;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Web.Screenshots;

/// <summary>
/// Drives the real app in Debian's Chromium and saves a PNG of every screen, light and dark, to
/// <c>artifacts/screenshots/</c> for a designer's eye; each step asserts the screen actually rendered.
/// </summary>
public sealed class ScreenshotTests : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private LocalEntraProcess? _entra;
    private ScreenshotAppFactory _app = default!;
    private readonly string _outputDirectory = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri _baseAddress = default!;

    public async Task InitializeAsync()
    {
        _entra = await LocalEntraProcess.StartAsync();
        _app = new ScreenshotAppFactory(_entra.AzureAdSettings());
        ScreenshotData.Fill(_app.Fake);
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
        await _app.DisposeAsync();
        if (_entra is not null)
        {
            await _entra.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CapturesEveryScreen(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1360, Height = 860 },
            BaseURL = _baseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");

        // Identities with data.
        await OpenAsync(page, "/", dark);
        await Assertions.Expect(page.Locator("[data-testid=identity-link]")).ToHaveCountAsync(12);
        await Assertions.Expect(page.Locator(".status-chip", new() { HasText = "Temporary failure" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".status-chip", new() { HasText = "DKIM" }).Or(page.Locator("[data-testid=dkim-off]")).First).ToBeVisibleAsync();
        await SaveAsync(page, $"identities-data-{theme}");

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

        // An empty region.
        await OpenAsync(page, "/", dark);
        await page.ClickAsync(".region-picker button");
        await page.ClickAsync("[data-testid=region-eu-central-1]");
        await Assertions.Expect(page.Locator("[data-testid=empty-state]")).ToContainTextAsync("No identities in eu-central-1 yet");
        await SaveAsync(page, $"identities-empty-{theme}");

        // An SES failure.
        _app.Fake.ListFailure = new Failure(FailureKind.AccessDenied,
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
            _app.Fake.ListFailure = null;
        }
    }

    private static async Task SignInAsync(IPage page, string who)
    {
        await page.GotoAsync("/");
        await page.ClickAsync($"button[name=login_hint][value={who}]");
        await page.WaitForSelectorAsync(".mud-layout[data-interactive=true]");
    }

    private async Task OpenAsync(IPage page, string path, bool dark)
    {
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync(".mud-layout[data-interactive=true]");
        if (dark)
        {
            await page.ClickAsync("button[data-testid=dark-mode-toggle]");
            await Assertions.Expect(page.Locator("button[data-testid=dark-mode-toggle]")).ToHaveAttributeAsync("aria-label", "Switch to light mode");
            await page.Mouse.MoveAsync(600, 400);
            await Assertions.Expect(page.Locator(".mud-tooltip", new() { HasText = "Switch to light mode" })).ToHaveCountAsync(0);
        }
    }

    private async Task SaveAsync(IPage page, string name, bool fullPage = false)
    {
        // Let ripples, popovers and transitions settle before the picture.
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var path = Path.Combine(_outputDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
        Assert.True(new FileInfo(path).Length > 10_000, $"{name}.png is suspiciously small.");
    }
}
