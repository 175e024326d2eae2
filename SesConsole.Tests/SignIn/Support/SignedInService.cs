using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.SignIn.Support;

/// <summary>The identity service of a DI scope that acts as the person signed in through <see cref="Client"/>.</summary>
public sealed class SignedInService(SignedInClient client, AsyncServiceScope scope) : IAsyncDisposable
{
    public SignedInClient Client { get; } = client;

    public IdentitySession Service { get; } = IdentitySession.From(scope.ServiceProvider);

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        Client.Dispose();
    }
}
