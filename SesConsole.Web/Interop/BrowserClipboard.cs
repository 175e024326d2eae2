using Microsoft.JSInterop;

namespace SesConsole.Web.Interop;

public sealed class BrowserClipboard(IJSRuntime js) : BrowserInteropModule(js), IClipboard
{
    public Task CopyAsync(string text, CancellationToken cancellationToken) =>
        InvokeAsync("copyText", cancellationToken, text);
}
