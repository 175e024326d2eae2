using Microsoft.JSInterop;

namespace SesConsole.Web.Interop;

public sealed class BrowserFileDownloader(IJSRuntime js) : BrowserInteropModule(js), IFileDownloader
{
    public Task DownloadAsync(string fileName, string contentType, string content, CancellationToken cancellationToken) =>
        InvokeAsync("downloadText", cancellationToken, fileName, contentType, content);
}
