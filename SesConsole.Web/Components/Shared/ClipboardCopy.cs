using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
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

    /// <summary>
    /// The copy button as plain markup (MudIconButton's classes, the browser's tooltip): the component that draws it
    /// (<paramref name="receiver"/>) handles the click, so a list of them costs no component each.
    /// </summary>
    public static RenderFragment Button(IHandleEvent receiver, IClipboard clipboard, ISnackbar snackbar, string text, string label) =>
        builder => AddButton(builder, receiver, clipboard, snackbar, text, label);

    /// <summary>
    /// The same button written straight into <paramref name="builder"/>, as the last child of the element open there:
    /// no region frame of its own, for lists that draw many.
    /// </summary>
    public static void AddButton(RenderTreeBuilder builder, IHandleEvent receiver, IClipboard clipboard, ISnackbar snackbar, string text, string label)
    {
        builder.OpenElement(0, "button");
        builder.AddAttribute(1, "type", "button");
        builder.AddAttribute(2, "class", ButtonClass);
        builder.AddAttribute(3, "title", label);
        builder.AddAttribute(4, "aria-label", label);
        builder.AddAttribute(5, "onclick", EventCallback.Factory.Create(receiver, () => CopyAsync(clipboard, snackbar, text)));
        builder.AddAttribute(6, "data-testid", "copy");
        builder.AddContent(7, PlainMarkup.IconButtonLabel(Icons.Material.Outlined.ContentCopy));
        builder.CloseElement();
    }

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
