using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;
using MudBlazor;

namespace SesConsole.Web.Components.Layout;

// BL0006: the render-tree frames are read once, to capture what MudThemeProvider writes; anything this does not know
// makes it fall back to MudBlazor's own rendering. MUD0010: the mode is read from the parameter because this console
// never lets MudBlazor follow the system's dark mode (ObserveSystemDarkModeChange stays false), so the parameter is
// the state. Both are pinned by SharedThemeProviderTests (the same markup as MudThemeProvider, light and dark).
#pragma warning disable BL0006, MUD0010

/// <summary>
/// MudThemeProvider whose style elements (about 12,000 characters of theme variables) are written once per theme
/// and mode and shared by every circuit: MudThemeProvider builds a new string on each render, and each circuit's
/// render tree held its own copy.
/// </summary>
/// <remarks>
/// What MudBlazor renders is captured as it is (its style elements turned into one markup string), so a MudBlazor
/// update that changes the CSS changes it here too. Anything but elements, attributes, text and markup (a child
/// component, an element reference) is not captured: then MudBlazor renders as it always does.
/// </remarks>
public sealed class SharedThemeProvider : MudThemeProvider
{
    private static readonly ConcurrentDictionary<(MudTheme Theme, bool Dark, bool Scrollbar), string?> Captured = new();

    /// <summary>The styles captured for a theme and mode, or null when MudBlazor renders them itself (nothing captured).</summary>
    public static string? CapturedStyles(MudTheme theme, bool dark, bool defaultScrollbar) =>
        Captured.GetValueOrDefault((theme, dark, defaultScrollbar));

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var markup = Theme is null ? null : Captured.GetOrAdd((Theme, IsDarkMode, DefaultScrollbar), _ => Capture());
        if (markup is null)
        {
            base.BuildRenderTree(builder);
            return;
        }

        builder.AddMarkupContent(0, markup);
    }

    private string? Capture()
    {
        var scratch = new RenderTreeBuilder();
        base.BuildRenderTree(scratch);
        var frames = scratch.GetFrames();
        var html = new StringBuilder();
        return Write(html, frames.Array, 0, frames.Count, rawText: false) ? html.ToString() : null;
    }

    private static bool Write(StringBuilder html, RenderTreeFrame[] frames, int start, int end, bool rawText)
    {
        for (var i = start; i < end; i++)
        {
            var frame = frames[i];
            switch (frame.FrameType)
            {
                case RenderTreeFrameType.Element:
                    var subtreeEnd = i + frame.ElementSubtreeLength;
                    html.Append('<').Append(frame.ElementName);
                    var child = i + 1;
                    for (; child < subtreeEnd && frames[child].FrameType == RenderTreeFrameType.Attribute; child++)
                    {
                        if (!WriteAttribute(html, frames[child]))
                        {
                            return false;
                        }
                    }

                    html.Append('>');
                    var raw = frame.ElementName is "style" or "script";
                    if (!Write(html, frames, child, subtreeEnd, raw))
                    {
                        return false;
                    }

                    html.Append("</").Append(frame.ElementName).Append('>');
                    i = subtreeEnd - 1;
                    break;
                case RenderTreeFrameType.Text:
                    html.Append(rawText ? frame.TextContent : WebUtility.HtmlEncode(frame.TextContent));
                    break;
                case RenderTreeFrameType.Markup:
                    html.Append(frame.MarkupContent);
                    break;
                case RenderTreeFrameType.Region:
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool WriteAttribute(StringBuilder html, RenderTreeFrame attribute)
    {
        switch (attribute.AttributeValue)
        {
            case string text:
                html.Append(' ').Append(attribute.AttributeName).Append("=\"").Append(WebUtility.HtmlEncode(text)).Append('"');
                return true;
            case true:
                html.Append(' ').Append(attribute.AttributeName);
                return true;
            case false or null:
                return true;
            default:
                return false;
        }
    }
}
