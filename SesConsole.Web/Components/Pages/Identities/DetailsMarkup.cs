using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Pages.Identities.Grid;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>
/// The details page's markup that depends on nothing but the region, the kind or nothing at all, as one string each,
/// built once per process and shared by every circuit (as <see cref="PlainMarkup"/>): one render-tree frame instead of
/// four to eight each. Keyed only by configured regions and the two kinds, never by anything an operator typed.
/// </summary>
public static class DetailsMarkup
{
    private static readonly ConcurrentDictionary<string, MarkupString> BackLinks = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(IdentityKind Kind, string Region), MarkupString> KindAndRegions = new();

    /// <summary>The Delete button's label: MudButton's label span with its start icon.</summary>
    public static readonly MarkupString DeleteLabel = new(
        $"<span class=\"mud-button-label\">{PlainMarkup.ButtonStartIcon(Icons.Material.Outlined.Delete).Value}Delete</span>");

    /// <summary>"← Identities": MudLink's markup, to the region's grid.</summary>
    public static MarkupString BackLink(string region) =>
        BackLinks.GetOrAdd(region, r => new MarkupString(
            $"<a href=\"{WebUtility.HtmlEncode(IdentityRoutes.Grid(r))}\" class=\"mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2 back-link\">"
            + $"{PlainMarkup.Icon(Icons.Material.Filled.ArrowBack).Value} Identities</a>"));

    /// <summary>"Domain · us-east-1" under the name: the kind with its icon, a separator and the region.</summary>
    public static MarkupString KindAndRegion(IdentityKind kind, string region) =>
        KindAndRegions.GetOrAdd((kind, region), key => new MarkupString(
            PlainMarkup.KindLabel(key.Kind).Value
            + "<span class=\"meta-separator\">·</span>"
            + $"<p class=\"mud-typography mud-typography-body2 mud-secondary-text d-inline\">{WebUtility.HtmlEncode(key.Region)}</p>"));

    /// <summary>
    /// "Mail is sent from <c>bounce.example.com</c>. If its MX record is missing, ...": one frame; the domain is SES's,
    /// HTML-encoded (this string is per identity, built when the page renders).
    /// </summary>
    public static MarkupString MailFromSentence(MailFromInfo mailFrom) => new(
        $"<p class=\"mud-typography mud-typography-body2 mb-3\">Mail is sent from <code>{WebUtility.HtmlEncode(mailFrom.MailFromDomain)}</code>. "
        + (mailFrom.BehaviorOnMxFailure == "RejectMessage"
            ? "If its MX record is missing, SES rejects the message."
            : "If its MX record is missing, SES falls back to amazonses.com.")
        + "</p>");
}
