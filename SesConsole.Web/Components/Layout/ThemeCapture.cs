using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;
using MudBlazor;

namespace SesConsole.Web.Components.Layout;

// BL0006: the render-tree frames are read once, to capture what MudThemeProvider writes; anything this does not know
// makes it fall back to MudBlazor's own rendering. Pinned by SharedThemeProviderTests (the same markup as
// MudThemeProvider, light and dark).
#pragma warning disable BL0006

/// <summary>
/// MudBlazor's own theme provider, rendered by <see cref="SharedThemeProvider"/> only until its style elements are
/// captured for a theme and mode (once per process), or for good when they cannot be captured. It writes what
/// MudThemeProvider writes and hands the markup to <see cref="Captured"/>.
/// </summary>
public sealed class ThemeCapture : MudThemeProvider
{
    /// <summary>Called with the captured markup, or null when it cannot be captured (MudBlazor then renders it).</summary>
    [Parameter]
    public Action<string?>? Captured { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        Captured?.Invoke(Capture());
        base.BuildRenderTree(builder);
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
