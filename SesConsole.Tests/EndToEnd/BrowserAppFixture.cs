using Microsoft.Playwright;
using SesConsole.Tests.SignIn.Support;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.EndToEnd;

/// <summary>
/// LocalEntra, the real app on Kestrel (real identity service on its embedded LocalSes) and Debian's Chromium,
/// shared by one test class.
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private LocalEntraProcess? _entra;
    private IPlaywright? _playwright;

    public AuthAppFactory App { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public Uri ProviderOrigin => _entra!.Origin;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _entra = await LocalEntraProcess.StartAsync();
        App = new AuthAppFactory(_entra.AzureAdSettings(), kestrel: true);
        BaseAddress = App.StartAndGetAddress();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task<IPage> NewPageAsync(IBrowserContext? context = null)
    {
        context ??= await NewContextAsync();
        return await context.NewPageAsync();
    }

    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1360, Height = 860 },
            BaseURL = BaseAddress.ToString(),
        });

    /// <summary>Opens the app, picks the account on LocalEntra's picker page and waits for the live circuit.</summary>
    public static async Task SignInAsync(IPage page, string who)
    {
        await page.GotoAsync("/");
        await page.ClickAsync($"button[name=login_hint][value={who}]");
        await page.WaitForSelectorAsync(".mud-layout[data-interactive=true]");
    }

    /// <summary>Calls the embedded LocalSes directly, signed like any SES client, and returns its XML answer.</summary>
    public Task<string> CallLocalSesAsync(params (string Name, string Value)[] parameters) =>
        LocalSesCalls.CallAsync(App.LocalSesUrl, parameters);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (_entra is not null)
        {
            await _entra.DisposeAsync();
        }
    }
}
