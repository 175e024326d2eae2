using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace SesConsole.Web.Components.Layout;

/// <summary>
/// The theme's style elements (about 12,000 characters of CSS variables) as one markup string, written once per
/// theme and mode and shared by every circuit. A plain component: a circuit keeps no MudThemeProvider, so none of its
/// MudTheme copy (about 108 colours), its dark-mode watcher or its JS interop.
/// </summary>
/// <remarks>
/// What MudBlazor writes is captured as it is (<see cref="ThemeCapture"/>, a MudThemeProvider rendered once per theme
/// and mode, then dropped), so a MudBlazor update that changes the CSS changes it here too. Nothing in MudBlazor 9
/// needs a MudThemeProvider present: no component or service refers to the type, it cascades nothing and registers
/// with no service. This console never follows the system's dark mode; the operator's choice is the parameter.
/// </remarks>
public sealed class SharedThemeProvider : ComponentBase
{
    private static readonly ConcurrentDictionary<(MudTheme Theme, bool Dark, bool Scrollbar), string?> Captured = new();
    private bool _capturing;

    [Parameter, EditorRequired]
    public MudTheme Theme { get; set; } = default!;

    [Parameter]
    public bool IsDarkMode { get; set; }

    /// <summary>As MudThemeProvider's: false writes MudBlazor's scrollbar styles.</summary>
    [Parameter]
    public bool DefaultScrollbar { get; set; }

    /// <summary>The styles captured for a theme and mode, or null when MudBlazor renders them itself (nothing captured).</summary>
    public static string? CapturedStyles(MudTheme theme, bool dark, bool defaultScrollbar) =>
        Captured.GetValueOrDefault((theme, dark, defaultScrollbar));

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var key = (Theme, IsDarkMode, DefaultScrollbar);
        if (Captured.TryGetValue(key, out var markup) && markup is not null)
        {
            _capturing = false;
            builder.AddMarkupContent(0, markup);
            return;
        }

        // Not captured yet (the first render of this theme and mode in the process), or not capturable: MudBlazor
        // renders it, and hands what it wrote to the cache.
        _capturing = true;
        builder.OpenComponent<ThemeCapture>(1);
        builder.AddComponentParameter(2, nameof(ThemeCapture.Theme), Theme);
        builder.AddComponentParameter(3, nameof(ThemeCapture.IsDarkMode), IsDarkMode);
        builder.AddComponentParameter(4, nameof(ThemeCapture.DefaultScrollbar), DefaultScrollbar);
        builder.AddComponentParameter(5, nameof(ThemeCapture.Captured), (Action<string?>)(captured => Captured.TryAdd(key, captured)));
        builder.CloseComponent();
    }

    /// <summary>Once the styles are captured, renders them as markup, so this circuit drops its MudThemeProvider too.</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (_capturing && CapturedStyles(Theme, IsDarkMode, DefaultScrollbar) is not null)
        {
            StateHasChanged();
        }
    }
}
