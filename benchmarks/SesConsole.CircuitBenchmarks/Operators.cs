using Microsoft.Playwright;

namespace SesConsole.CircuitBenchmarks;

/// <summary>Headless Debian Chromium with one browser context (own cookies, own circuit) per signed-in operator.</summary>
internal sealed class Operators : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly Uri _app;
    private readonly List<IBrowserContext> _contexts = [];

    private Operators(IPlaywright playwright, IBrowser browser, Uri app)
    {
        _playwright = playwright;
        _browser = browser;
        _app = app;
    }

    public int Count => _contexts.Count;

    public static async Task<Operators> LaunchAsync(Uri app)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        return new Operators(playwright, browser, app);
    }

    /// <summary>Signs in more operators (Dev Admin on the local sign-in) until <paramref name="count"/> sit on <paramref name="page"/>.</summary>
    /// <param name="browserGone">
    /// Blocks the goodbye a closing tab sends (<c>_blazor/disconnect</c>), as when the browser crashes, the laptop
    /// sleeps or the network drops: the server only sees the connection go and keeps the circuit for its retention.
    /// </param>
    public async Task GrowToAsync(int count, BenchPage page, bool browserGone = false)
    {
        while (_contexts.Count < count)
        {
            var context = await _browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 1360, Height = 860 },
                BaseURL = _app.ToString(),
            });
            _contexts.Add(context);
            context.SetDefaultTimeout(180_000); // a shared, busy machine: slow, not broken
            if (browserGone)
            {
                await context.RouteAsync("**/_blazor/disconnect*", route => route.AbortAsync());
            }

            var tab = await context.NewPageAsync();
            await tab.GotoAsync("/");
            await tab.ClickAsync("button[name=login_hint][value=admin]");
            await tab.WaitForSelectorAsync(".mud-layout[data-interactive=true]");
            if (page.Path != "/")
            {
                await tab.GotoAsync(page.Path);
                await tab.WaitForSelectorAsync(".mud-layout[data-interactive=true]");
            }

            await tab.WaitForSelectorAsync(page.ReadySelector);
        }
    }

    /// <summary>One more operator signed in (Dev Admin) in a context of its own, on the page sign-in lands on.</summary>
    public async Task<IPage> SignInAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1360, Height = 860 },
            BaseURL = _app.ToString(),
        });
        _contexts.Add(context);
        context.SetDefaultTimeout(180_000);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync("/");
        await tab.ClickAsync("button[name=login_hint][value=admin]");
        await tab.WaitForSelectorAsync(".mud-layout[data-interactive=true]");
        return tab;
    }

    /// <summary>The HTML of the page the first operator sees, to compare what it shows with what the circuit holds.</summary>
    public async Task<string> FirstPageHtmlAsync() =>
        _contexts.Count == 0 ? string.Empty : await _contexts[0].Pages[0].ContentAsync();

    /// <summary>Closes every context, as a person closing their tabs or their browser.</summary>
    public async Task CloseAllAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        _contexts.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAllAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

/// <summary>A page the operators are left on, and what shows it is loaded (data on screen, circuit live).</summary>
internal sealed record BenchPage(string Name, string Path, string ReadySelector)
{
    // "/" is the overview since the bulk-work issue: the grid and the details have their region's URLs.
    public static readonly BenchPage Grid = new("grid", "/regions/" + SeedData.Region + "/identities", "[data-testid=identity-link]");
    public static readonly BenchPage Details = new("details", "/regions/" + SeedData.Region + "/identities/" + SeedData.DetailsDomain, "[data-testid=policy]");
    public static readonly BenchPage Audit = new("audit", "/audit", "[data-testid=audit-total]");

    public static readonly IReadOnlyList<BenchPage> All = [Grid, Details, Audit];
}
