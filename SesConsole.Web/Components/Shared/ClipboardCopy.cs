using MudBlazor;
using SesConsole.Web.Interop;

namespace SesConsole.Web.Components.Shared;

/// <summary>
/// A copy to the clipboard as the operator sees it: the text copied, a short "Copied" notice, or what to do when the
/// browser refuses. One rule for <see cref="CopyButton"/> and for lists that draw their copy buttons as plain markup
/// (the DNS records: one component for the whole list instead of one per button).
/// </summary>
public static class ClipboardCopy
{
    /// <summary>MudIconButton's classes, small: the look of every copy button.</summary>
    public const string ButtonClass = "mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-size-small";

    public static async Task CopyAsync(IClipboard clipboard, ISnackbar snackbar, string text)
    {
        try
        {
            await clipboard.CopyAsync(text, CancellationToken.None);
            snackbar.Add("Copied to the clipboard.", Severity.Normal, o => o.VisibleStateDuration = 1500);
        }
        catch (Microsoft.JSInterop.JSException)
        {
            snackbar.Add("The browser refused clipboard access: select the text and copy it by hand.", Severity.Warning);
        }
    }
}
