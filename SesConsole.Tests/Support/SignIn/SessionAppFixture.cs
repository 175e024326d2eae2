using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Support.SignIn;

/// <summary>
/// One LocalEntra process and two apps signing in through it: <see cref="App"/> with the default session lifetime
/// and circuits that revalidate every second, <see cref="ShortLivedApp"/> whose sessions last eight seconds.
/// </summary>
public sealed class SessionAppFixture : IAsyncLifetime
{
    public static readonly TimeSpan ShortLifetime = TimeSpan.FromSeconds(8);

    private LocalEntraProcess? _entra;

    public AuthAppFactory App { get; private set; } = default!;

    public AuthAppFactory ShortLivedApp { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _entra = await LocalEntraProcess.StartAsync();
        App = new AuthAppFactory(With(_entra.AzureAdSettings(), "Sessions:RevalidationInterval", "00:00:01"));
        ShortLivedApp = new AuthAppFactory(With(_entra.AzureAdSettings(), "Sessions:AbsoluteLifetime", ShortLifetime.ToString()));
        _ = App.Server;
        _ = ShortLivedApp.Server;
    }

    /// <summary>A DI scope whose authentication state is <paramref name="client"/>'s, as a circuit's would be.</summary>
    public AsyncServiceScope CircuitFor(SignedInClient client)
    {
        var scope = App.Services.CreateAsyncScope();
        var state = scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        ((IHostEnvironmentAuthenticationStateProvider)state).SetAuthenticationState(
            Task.FromResult(new AuthenticationState(client.Ticket().Principal)));
        return scope;
    }

    private static Dictionary<string, string?> With(IReadOnlyDictionary<string, string?> settings, string key, string value) =>
        new(settings) { [key] = value };

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await ShortLivedApp.DisposeAsync();
        if (_entra is not null)
        {
            await _entra.DisposeAsync();
        }
    }
}
