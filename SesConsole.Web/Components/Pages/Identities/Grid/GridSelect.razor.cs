using Microsoft.AspNetCore.Components;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

public sealed partial class GridSelect
{
    /// <summary>MudSelect's drop-down arrow; also the pager's.</summary>
    internal static MarkupString ArrowIcon { get; } =
        PlainMarkup.Icon(MudBlazor.Icons.Material.Filled.ArrowDropDown, "mud-icon-default mud-input-adornment-icon", MudBlazor.Size.Medium);

    private readonly string _id = "grid-select-" + Guid.NewGuid().ToString("N")[..8];

    [Parameter, EditorRequired]
    public string Label { get; set; } = string.Empty;

    /// <summary>The chosen option's value (empty for "all").</summary>
    [Parameter]
    public string Value { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public IReadOnlyList<Option> Options { get; set; } = [];

    [Parameter]
    public EventCallback<string> ValueChanged { get; set; }

    [Parameter]
    public string? TestId { get; set; }

    private Task ChangedAsync(ChangeEventArgs args) => ValueChanged.InvokeAsync(args.Value as string ?? string.Empty);

    /// <param name="Value">What the page gets back (empty for "all").</param>
    /// <param name="Text">What the operator reads.</param>
    public sealed record Option(string Value, string Text);
}
