using System.Net;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Dns;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities;

public partial class DnsHostHints
{
    private static readonly string AlertStart =
        "<div class=\"mud-alert mud-alert-text-normal mud-dense mud-elevation-0 dns-hints\" data-testid=\"dns-hints\">"
        + "<div class=\"mud-alert-position justify-start\"><div class=\"mud-alert-icon mud-alert-icon-left\">"
        + PlainMarkup.Icon(Icons.Material.Outlined.Lightbulb, size: Size.Medium).Value
        + "</div><div class=\"mud-alert-message\"><ul class=\"hint-list\">";

    /// <summary>
    /// The hints as one markup string (one render-tree frame in the page that draws them instead of about thirty), the
    /// domain HTML-encoded: it is shown exactly as SES holds it.
    /// </summary>
    public static MarkupString Draw(string domain)
    {
        var encoded = WebUtility.HtmlEncode(domain);
        var relative = WebUtility.HtmlEncode(DnsRecordExport.RelativeName($"_amazonses.{domain}", domain));
        return new MarkupString(
            AlertStart
            + $"<li>If your DNS host adds <code>{encoded}</code> to names by itself, enter only the part before it, for example <code>{relative}</code>.</li>"
            + $"<li>If your DNS host rejects underscores in names, publish the TXT record on <code>{encoded}</code> itself and prefix its value with <code>amazonses:</code>.</li>"
            + "<li>SES checks for these records for up to 72 hours; the status then changes by itself.</li>"
            + "</ul></div></div></div>");
    }
}
