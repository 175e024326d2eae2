using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SesConsole.Core.Index;
using SesConsole.Tests.Support.Hosting;
using SesConsole.Tests.Support.Browser;
using SesConsole.Tests.Support.SignIn;

namespace SesConsole.Tests.Browser.EndToEnd;

/// <summary>
/// LocalEntra, the real app on Kestrel (real identity service on its embedded LocalSes) and Debian's Chromium,
/// shared by one test class.
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    private BrowserHarness<AuthAppFactory>? _harness;

    private BrowserHarness<AuthAppFactory> Harness => _harness ?? throw new InvalidOperationException("Not started.");

    public AuthAppFactory App => Harness.App;

    public Uri ProviderOrigin => Harness.ProviderOrigin;

    public async Task InitializeAsync() =>
        _harness = await BrowserHarness<AuthAppFactory>.StartAsync(signIn => new AuthAppFactory(signIn, kestrel: true));

    public Task<IBrowserContext> NewContextAsync() => Harness.NewContextAsync();

    /// <summary>Calls the embedded LocalSes directly, signed like any SES client, and returns its XML answer.</summary>
    public Task<string> CallLocalSesAsync(params (string Name, string Value)[] parameters) =>
        LocalSesCalls.CallAsync(App.LocalSesUrl, parameters);

    /// <summary>Makes the app's identity index catch up with SES now (what "Sync now" asks for), for identities made
    /// behind the console's back with <see cref="CallLocalSesAsync"/>.</summary>
    public Task SyncIndexAsync() =>
        App.Services.GetRequiredService<IdentityIndexSync>().FullPassAsync(SesConsoleAppFactory.Region, pending: null, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }
}
