using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Layout;

/// <summary>
/// A navigation entry (MudNavLink's markup: item, link, icon, text) as one markup string per link, icon, text and
/// state, shared by every circuit: one render-tree frame per entry instead of about eight, so the menu fits its
/// component's smallest buffers. The links are the menu's own (a page and, for the grids, a configured region), never
/// anything an operator typed, so the cache stays as small as the menu times the regions.
/// </summary>
public static class NavEntryMarkup
{
    private static readonly ConcurrentDictionary<(string Href, string Icon, string Text, bool Active, string? TestId), MarkupString> Cache = new();

    public static MarkupString Get(string href, string icon, string text, bool active, string? testId) =>
        Cache.GetOrAdd((href, icon, text, active, testId), key => new MarkupString(
            "<div class=\"mud-nav-item\">"
            + $"<a href=\"{WebUtility.HtmlEncode(key.Href)}\" class=\"mud-nav-link mud-ripple{(key.Active ? " active" : string.Empty)}\""
            + (key.Active ? " aria-current=\"page\"" : string.Empty)
            + (key.TestId is null ? string.Empty : $" data-testid=\"{WebUtility.HtmlEncode(key.TestId)}\"")
            + ">"
            + PlainMarkup.Icon(key.Icon, "mud-icon-default mud-nav-link-icon mud-nav-link-icon-default", Size.Medium).Value
            + $"<div class=\"mud-nav-link-text\">{WebUtility.HtmlEncode(key.Text)}</div></a></div>"));
}
