using Microsoft.Playwright;
using SesConsole.Tests.Support.Hosting;

namespace SesConsole.Tests.Support.Browser;

/// <summary>
/// LocalEntra, the app on Kestrel signing in through it, and Chromium: what a browser test class starts once and
/// stops in reverse order.
/// </summary>
public sealed class BrowserHarness<TApp> : IAsyncDisposable
    where TApp : SesConsoleAppFactory
{
    private LocalEntraProcess? _entra;
    private TApp? _app;
    private ChromiumBrowser? _chromium;

    private BrowserHarness()
    {
    }

    public TApp App => _app ?? throw new InvalidOperationException("Not started.");

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>LocalEntra's origin, where the sign-in picker lives.</summary>
    public Uri ProviderOrigin => (_entra ?? throw new InvalidOperationException("Not started.")).Origin;

    public ChromiumBrowser Chromium => _chromium ?? throw new InvalidOperationException("Not started.");

    /// <param name="createApp">Builds the (Kestrel) app from LocalEntra's AzureAd settings.</param>
    public static async Task<BrowserHarness<TApp>> StartAsync(Func<IReadOnlyDictionary<string, string?>, TApp> createApp)
    {
        var harness = new BrowserHarness<TApp>();
        try
        {
            harness._entra = await LocalEntraProcess.StartAsync();
            harness._app = createApp(harness._entra.AzureAdSettings());
            harness.BaseAddress = harness._app.StartAndGetAddress();
            harness._chromium = await ChromiumBrowser.LaunchAsync();
            return harness;
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh context on the app's address.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1360, int height = 860) =>
        Chromium.NewContextAsync(BaseAddress, width, height);

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_entra is not null)
        {
            await _entra.DisposeAsync();
        }
    }
}
