using Microsoft.Playwright;
using SesConsole.Core.Policies;
using SesConsole.Tests.Support;
using SesConsole.Tests.Web.Screenshots;

namespace SesConsole.Tests.Web.Policies;

/// <summary>
/// The policies section and dialogs in headless Chromium, light and dark, on the real app signed in as an Admin
/// through the local provider; pictures go to artifacts/screenshots.
/// </summary>
public sealed class PolicyScreenshotTests : IAsyncLifetime
{
    private const string Domain = "acme-shop.com";
    private const string Arn = "arn:aws:ses:us-east-1:123456789012:identity/acme-shop.com";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _outputDirectory = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
    private LocalEntraProcess? _entra;
    private ScreenshotAppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri _baseAddress = default!;

    public async Task InitializeAsync()
    {
        _entra = await LocalEntraProcess.StartAsync();
        _app = new ScreenshotAppFactory(_entra.AzureAdSettings());
        ScreenshotData.Fill(_app.Fake);
        _app.Fake.AddPolicy("us-east-1", Domain, "AllowMarketingPlatform", MarketingPolicy());
        _app.Fake.AddPolicy("us-east-1", Domain, "AllowBillingService", BillingPolicy());
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

    private static string MarketingPolicy()
    {
        var draft = new SendingPolicyDraft();
        var statement = draft.AddStatement();
        statement.Principals.AddRange(["111122223333", "arn:aws:iam::444455556666:role/CampaignSender"]);
        var from = statement.AddCondition();
        from.Operator = PolicyConditionOperators.StringLike;
        from.Values = ["marketing+*@acme-shop.com"];
        return SendingPolicyGenerator.ToJson(draft, Arn);
    }

    private static string BillingPolicy()
    {
        var draft = new SendingPolicyDraft();
        var statement = draft.AddStatement();
        statement.Principals.Add("arn:aws:iam::777788889999:role/InvoiceMailer");
        statement.Actions = [SendingAction.SendRawEmail];
        return SendingPolicyGenerator.ToJson(draft, Arn);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CapturesThePoliciesSectionAndDialogs(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1360, Height = 900 },
            BaseURL = _baseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync("button[name=login_hint][value=admin]");
        await page.WaitForSelectorAsync(".mud-layout[data-interactive=true]");

        // The section with the first policy open.
        await OpenAsync(page, $"/identities/{Domain}", dark);
        var section = page.Locator("[data-testid=policies-section]");
        await Assertions.Expect(section.Locator("[data-testid=policy]")).ToHaveCountAsync(2);
        await section.Locator(".mud-expand-panel-header").First.ClickAsync();
        await Assertions.Expect(section.Locator("[data-testid=policy-json]").First).ToContainTextAsync("marketing+*@acme-shop.com");
        await section.ScrollIntoViewIfNeededAsync();
        await SaveAsync(page, $"policies-section-{theme}", section);

        // New policy, generator, with a bad name and a bad principal.
        await section.Locator("button[data-testid=new-policy]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.Locator("input[data-testid=policy-name]").FillAsync("Allow partner");
        var principal = dialog.Locator("input[data-testid=principal-input]");
        await principal.FillAsync("111122223333");
        await principal.PressAsync("Enter");
        await Assertions.Expect(dialog.Locator("[data-testid=principal-chip]")).ToHaveCountAsync(1);
        await Assertions.Expect(principal).ToHaveValueAsync(string.Empty);
        await principal.FillAsync("arn:aws:iam::4444:user/jane");
        await principal.PressAsync("Enter");
        await dialog.Locator("button[data-testid=add-condition]").ClickAsync();
        await dialog.Locator("input[data-testid=condition-values]").FillAsync("alerts@acme-shop.com");
        await Assertions.Expect(dialog.Locator("[data-testid=json-preview]")).ToContainTextAsync("alerts@acme-shop.com");
        await Assertions.Expect(dialog).ToContainTextAsync("letters, digits, hyphens and underscores");
        await Assertions.Expect(dialog).ToContainTextAsync("'arn:aws:iam::4444:user/jane' is not a 12-digit AWS account id");
        await SaveAsync(page, $"policy-generator-invalid-{theme}");

        // The JSON tab with a document the console refuses.
        await dialog.Locator(".mud-tab", new() { HasText = "JSON" }).ClickAsync();
        var editor = dialog.Locator("textarea[data-testid=json-editor]");
        await Assertions.Expect(editor).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("alerts@acme-shop.com"));
        var json = await editor.InputValueAsync();
        await editor.FillAsync(json.Replace("\"111122223333\"", "\"*\"", StringComparison.Ordinal));
        await Assertions.Expect(dialog).ToContainTextAsync("grants \"*\" (every AWS account)");
        await SaveAsync(page, $"policy-json-invalid-{theme}");
        await dialog.Locator("button[data-testid=cancel]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        // Edit of an existing policy opens in the generator.
        await section.Locator("button[data-testid=edit-policy]").First.ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-testid=principal-chip]")).ToHaveCountAsync(2);
        await SaveAsync(page, $"policy-edit-{theme}");
        await dialog.Locator("button[data-testid=cancel]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        // Delete confirmation.
        await section.Locator("button[data-testid=delete-policy]").First.ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-testid=grantee]")).ToHaveCountAsync(2);
        await SaveAsync(page, $"policy-delete-{theme}");
        await dialog.Locator("button[data-testid=cancel]").ClickAsync();
    }

    private static async Task OpenAsync(IPage page, string path, bool dark)
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

    private async Task SaveAsync(IPage page, string name, ILocator? element = null)
    {
        // Let ripples, popovers and transitions settle before the picture.
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var path = Path.Combine(_outputDirectory, name + ".png");
        if (element is null)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
        }
        else
        {
            await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
        }

        Assert.True(new FileInfo(path).Length > 10_000, $"{name}.png is suspiciously small.");
    }
}
