using Microsoft.AspNetCore.Components;

namespace SesConsole.Web.Components.Shared;

/// <summary>
/// A component whose work ends with it: <see cref="Lifetime"/> is cancelled when the component is disposed (it left
/// the page, or the circuit went away), so every call it started with that token stops. Components that subscribe to
/// anything unsubscribe in an override of <see cref="Dispose(bool)"/>.
/// </summary>
public abstract class LifetimeComponentBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();

    /// <summary>Cancelled when the component is disposed; pass it to every call the component makes.</summary>
    protected CancellationToken Lifetime => _lifetime.Token;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lifetime.Cancel();
            _lifetime.Dispose();
        }
    }
}
