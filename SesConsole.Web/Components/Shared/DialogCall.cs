namespace SesConsole.Web.Components.Shared;

/// <summary>
/// The one SES call a dialog has in flight, with a working Cancel: while a call runs, Cancel cancels its token (the
/// call ends as a Cancelled outcome, audited as such, and the dialog stays to say so); with no call running, Cancel
/// closes the dialog. Disposing it (the dialog closed by Escape, or the circuit went away) cancels the call too.
/// </summary>
public sealed class DialogCall : IDisposable
{
    private CancellationTokenSource? _running;

    /// <summary>A call is in flight: the dialog's other buttons are disabled, Cancel is not.</summary>
    public bool Running => _running is not null;

    /// <summary>Runs <paramref name="call"/> with a token that Cancel, disposal or <paramref name="lifetime"/> cancels.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken lifetime = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
        _running = running;
        try
        {
            return await call(running.Token);
        }
        finally
        {
            _running = null;
        }
    }

    /// <summary>The Cancel button: true when it cancelled the call in flight, false when none runs (close the dialog).</summary>
    public bool CancelRunning()
    {
        if (_running is not { } running)
        {
            return false;
        }

        running.Cancel();
        return true;
    }

    public void Dispose() => CancelRunning();
}
