using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Support.SignIn;

/// <summary>One LocalEntra process and one in-memory app (with its embedded LocalSes) shared by a test class.</summary>
public sealed class AuthAppFixture : IAsyncLifetime
{
    private LocalEntraProcess? _entra;

    public LocalEntraProcess Entra => _entra ?? throw new InvalidOperationException("Not started.");

    public AuthAppFactory App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _entra = await LocalEntraProcess.StartAsync();
        App = new AuthAppFactory(_entra.AzureAdSettings());
        // Build the host now, so the embedded LocalSes and the database are up before the first test.
        _ = App.Server;
    }

    /// <summary>
    /// A DI scope set up the way a Blazor circuit sets up its own: the authentication state is the principal of
    /// the signed-in client's cookie, so the scoped current operator and identity service act as that person.
    /// </summary>
    public AsyncServiceScope ScopeFor(SignedInClient client)
    {
        var scope = App.Services.CreateAsyncScope();
        var state = scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        ((IHostEnvironmentAuthenticationStateProvider)state).SetAuthenticationState(
            Task.FromResult(new AuthenticationState(client.Ticket().Principal)));
        return scope;
    }

    /// <summary>Signs <paramref name="who"/> in over HTTP and gives the identity service acting as that person.</summary>
    public async Task<SignedInService> SignInServiceAsync(string who)
    {
        var client = await SignedInClient.SignInAsync(App, who);
        return new SignedInService(client, ScopeFor(client));
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        if (_entra is not null)
        {
            await _entra.DisposeAsync();
        }
    }
}
