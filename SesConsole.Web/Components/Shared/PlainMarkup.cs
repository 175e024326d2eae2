using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Shared;

/// <summary>
/// MudBlazor's look without MudBlazor's components: the same elements and CSS classes as MudIcon, MudChip and the
/// identity kind label, as one markup string each, built once per process and shared by every circuit.
/// </summary>
/// <remarks>
/// A component costs its circuit about 4 to 6 KB for as long as the page is open (two render-tree buffers, an
/// attribute dictionary, MudBlazor's parameter state), and even plain elements cost a render-tree frame per element
/// and attribute in two buffers. A markup string is one frame, and the same string instance serves every circuit.
/// Only for markup without state or events of its own, built from constants (icons, statuses, kinds): the caches
/// hold one entry per icon, status and size in the code, never anything an operator or SES supplied.
/// </remarks>
public static class PlainMarkup
{
    private static readonly ConcurrentDictionary<(string Icon, string? CssClass, Size Size), MarkupString> IconCache = new();
    private static readonly ConcurrentDictionary<(string Icon, Size Size), MarkupString> ButtonLabelCache = new();
    private static readonly ConcurrentDictionary<(VerificationStatus Status, Size Size), MarkupString> ChipCache = new();
    private static readonly ConcurrentDictionary<IdentityKind, MarkupString> KindCache = new();
    private static readonly ConcurrentDictionary<(Variant Variant, Color Color, Size Size, string? CssClass), string> ButtonClassCache = new();
    private static readonly ConcurrentDictionary<(string Icon, Size Size, bool End), MarkupString> ButtonIconCache = new();

    /// <summary>A Material icon as MudIcon draws it.</summary>
    public static MarkupString Icon(string icon, string? cssClass = null, Size size = Size.Small) =>
        IconCache.GetOrAdd((icon, cssClass, size), key => new MarkupString(Svg(key.Icon, key.CssClass, key.Size)));

    /// <summary>What a MudIconButton holds: its label span with the icon (small for a small button).</summary>
    public static MarkupString IconButtonLabel(string icon, Size size = Size.Small) =>
        ButtonLabelCache.GetOrAdd((icon, size), key => new MarkupString($"<span class=\"mud-icon-button-label\">{Svg(key.Icon, null, key.Size)}</span>"));

    /// <summary>A verification status as a text chip with its own icon and words (colour is never the only signal).</summary>
    public static MarkupString StatusChip(VerificationStatus status, Size size = Size.Small) =>
        ChipCache.GetOrAdd((status, size), key => new MarkupString(
            "<div class=\"mud-chip-container\">"
            + $"<div class=\"mud-chip mud-chip-text mud-chip-size-{Lower(key.Size)} mud-chip-color-{Lower(StatusPresentation.Color(key.Status))} status-chip\" tabindex=\"-1\" data-status=\"{key.Status}\">"
            + Svg(StatusPresentation.Icon(key.Status), "mud-chip-icon", Size.Small)
            + $"<span class=\"mud-chip-content\">{WebUtility.HtmlEncode(StatusPresentation.Label(key.Status))}</span></div></div>"));

    /// <summary>"Email address" or "Domain" with its icon.</summary>
    public static MarkupString KindLabel(IdentityKind kind) =>
        KindCache.GetOrAdd(kind, key => new MarkupString(
            $"<span class=\"kind-label\">{Svg(StatusPresentation.KindIcon(key), "kind-icon", Size.Small)}<span>{WebUtility.HtmlEncode(StatusPresentation.KindLabel(key))}</span></span>"));

    /// <summary>
    /// MudButton's classes, for a plain <c>button</c> (or link) that keeps its own events and attributes in the markup:
    /// disabled is the element's <c>disabled</c> attribute, as MudButton renders it.
    /// </summary>
    public static string ButtonClass(Variant variant, Color color, Size size = Size.Medium, string? cssClass = null) =>
        ButtonClassCache.GetOrAdd((variant, color, size, cssClass), key =>
        {
            var v = Lower(key.Variant);
            return $"mud-button-root mud-button mud-button-{v} mud-button-{v}-{Lower(key.Color)} mud-button-{v}-size-{Lower(key.Size)} mud-ripple"
                + (key.CssClass is null ? string.Empty : " " + key.CssClass);
        });

    /// <summary>MudButton's start icon (inside its <c>mud-button-label</c> span, before the text).</summary>
    public static MarkupString ButtonStartIcon(string icon, Size size = Size.Medium) => ButtonIcon(icon, size, end: false);

    /// <summary>MudButton's end icon (inside its <c>mud-button-label</c> span, after the text).</summary>
    public static MarkupString ButtonEndIcon(string icon, Size size = Size.Medium) => ButtonIcon(icon, size, end: true);

    private static MarkupString ButtonIcon(string icon, Size size, bool end) =>
        ButtonIconCache.GetOrAdd((icon, size, end), key => new MarkupString(
            $"<span class=\"mud-button-icon-{(key.End ? "end" : "start")} mud-button-icon-size-{Lower(key.Size)}\">{Svg(key.Icon, null, key.Size)}</span>"));

    private static string Svg(string icon, string? cssClass, Size size) =>
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{Lower(size)}{(cssClass is null ? string.Empty : " " + cssClass)}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{icon}</svg>";

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
