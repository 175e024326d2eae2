using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Shared;
using SesConsole.Web.Interop;

namespace SesConsole.Web.Components.Pages.Identities;

public partial class DnsRecordsView
{
    private static readonly ConcurrentDictionary<(DnsRecordType Type, DnsRecordRole Role), MarkupString> HeadCache = new();
    private static readonly ConcurrentDictionary<(DnsRecordRole Role, bool Value), string> CopyLabelCache = new();

    /// <summary>
    /// The list drawn by the component that shows it (<paramref name="receiver"/> handles the copy clicks): the details
    /// page shows three lists and keeps no component for any of them.
    /// </summary>
    /// <remarks>
    /// 26 render-tree frames a record (it was 53 as a Razor template: its whitespace, the record's type chip and
    /// purpose as elements, a region per copy button), so the details page of a domain (six records) fits a buffer of
    /// 256 frames instead of 512. What depends only on the record's type and role (the chip, the purpose, the copy
    /// buttons' labels) is one string per process, shared by every circuit. A field's label and value are one markup
    /// string (one frame instead of five), the value HTML-encoded: it is SES's, and the browser shows it byte for byte.
    /// </remarks>
    public static RenderFragment Draw(IHandleEvent receiver, IClipboard clipboard, ISnackbar snackbar, IReadOnlyList<DnsRecord> records) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "dns-records");
        builder.AddAttribute(2, "data-testid", "dns-records");
        foreach (var record in records)
        {
            builder.OpenElement(3, "div");
            builder.AddAttribute(4, "class", "mud-paper mud-paper-outlined dns-record");
            builder.AddAttribute(5, "data-testid", "dns-record");
            builder.AddContent(6, Head(record));
            Field(builder, "Name", "dns-name", record.Name, CopyLabel(record, value: false), receiver, clipboard, snackbar);
            Field(builder, "Value", "dns-value", record.Value, CopyLabel(record, value: true), receiver, clipboard, snackbar);
            builder.CloseElement();
        }

        builder.CloseElement();
    };

    private static void Field(
        RenderTreeBuilder builder, string label, string testId, string text, string copyLabel,
        IHandleEvent receiver, IClipboard clipboard, ISnackbar snackbar)
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "dns-field");
        builder.AddMarkupContent(2, $"<span class=\"dns-label\">{label}</span><code class=\"dns-value\" data-testid=\"{testId}\">{WebUtility.HtmlEncode(text)}</code>");
        ClipboardCopy.AddButton(builder, receiver, clipboard, snackbar, text, copyLabel);
        builder.CloseElement();
    }

    /// <summary>The record's type chip and purpose (MudChip's and MudText's markup): one string per type and role.</summary>
    private static MarkupString Head(DnsRecord record) =>
        HeadCache.GetOrAdd((record.Type, record.Role), _ => new MarkupString(
            "<div class=\"dns-record-head\"><div class=\"mud-chip-container\">"
            + "<div class=\"mud-chip mud-chip-outlined mud-chip-size-small mud-chip-color-primary dns-type\" tabindex=\"-1\">"
            + $"<span class=\"mud-chip-content\">{WebUtility.HtmlEncode(record.Type.ToString())}</span></div></div>"
            + $"<p class=\"mud-typography mud-typography-subtitle2\">{WebUtility.HtmlEncode(record.Purpose)}</p></div>"));

    /// <summary>"Copy name of the DKIM record": one string per role, not one per button and circuit.</summary>
    private static string CopyLabel(DnsRecord record, bool value) =>
        CopyLabelCache.GetOrAdd((record.Role, value), static (key, purpose) => $"Copy {(key.Value ? "value" : "name")} of the {purpose} record", record.Purpose);
}
