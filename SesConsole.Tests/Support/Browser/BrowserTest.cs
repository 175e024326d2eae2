using SesConsole.Tests.Support.Hosting;

namespace SesConsole.Tests.Support.Browser;

/// <summary>A browser test class: one <see cref="BrowserHarness{TApp}"/> started before its tests and stopped after.</summary>
public abstract class BrowserTest<TApp> : IAsyncLifetime
    where TApp : SesConsoleAppFactory
{
    private BrowserHarness<TApp>? _harness;

    protected BrowserHarness<TApp> Harness => _harness ?? throw new InvalidOperationException("Not started.");

    /// <summary>Builds the (Kestrel) app from LocalEntra's AzureAd settings.</summary>
    protected abstract TApp CreateApp(IReadOnlyDictionary<string, string?> signInSettings);

    public async Task InitializeAsync() => _harness = await BrowserHarness<TApp>.StartAsync(CreateApp);

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }
}
