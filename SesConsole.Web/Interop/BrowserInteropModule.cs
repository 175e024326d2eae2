using Microsoft.JSInterop;

namespace SesConsole.Web.Interop;

/// <summary>Loads <c>js/browser.js</c> once per circuit; the clipboard and the downloads share it.</summary>
public abstract class BrowserInteropModule(IJSRuntime js) : IAsyncDisposable
{
    public const string ModulePath = "./js/browser.js";

    private IJSObjectReference? _module;

    protected async Task InvokeAsync(string identifier, CancellationToken cancellationToken, params object?[] args)
    {
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", cancellationToken, ModulePath);
        await _module.InvokeVoidAsync(identifier, cancellationToken, args);
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone and the module with it.
            }
        }

        GC.SuppressFinalize(this);
    }
}
