using Microsoft.AspNetCore.Components;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>
/// The grid's search box: a plain input with MudBlazor's outlined field look (a MudTextField is several components
/// per circuit), capped at <see cref="InputLimits.IdentitySearch"/> characters with a counter, and sent
/// <see cref="Debounce"/> after the last keystroke (on the page's <see cref="TimeProvider"/>).
/// </summary>
public sealed partial class GridSearchField : IDisposable
{
    /// <summary>How long typing must pause before the search is sent.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(400);

    private readonly string _id = "grid-search-" + Guid.NewGuid().ToString("N")[..8];
    private string _text = string.Empty;
    private string? _shown;
    private CancellationTokenSource? _typing;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>The search the page shows (from its URL); typing replaces it locally until it is sent.</summary>
    [Parameter]
    public string? Value { get; set; }

    /// <summary>Called with the trimmed text (null when empty) once typing has paused, or at once on Enter or clear.</summary>
    [Parameter]
    public EventCallback<string?> ValueChanged { get; set; }

    private int Length => _text.Length;

    protected override void OnParametersSet()
    {
        // Only a new value from the page (back button, "Clear filters") replaces what is typed.
        if (Value != _shown)
        {
            _shown = Value;
            _text = Value ?? string.Empty;
        }
    }

    private async Task OnInputAsync(ChangeEventArgs args)
    {
        var text = args.Value as string ?? string.Empty;
        _text = text.Length > InputLimits.IdentitySearch ? text[..InputLimits.IdentitySearch] : text;
        var typing = Restart();
        try
        {
            await Task.Delay(Debounce, Time, typing.Token);
        }
        catch (OperationCanceledException)
        {
            // Another keystroke (or Enter, clear, or the page going away) came first.
            return;
        }

        await SendAsync();
    }

    private CancellationTokenSource Restart()
    {
        _typing?.Cancel();
        _typing?.Dispose();
        _typing = new CancellationTokenSource();
        return _typing;
    }

    private Task OnKeyDown(Microsoft.AspNetCore.Components.Web.KeyboardEventArgs args) =>
        args.Key == "Enter" ? SendAsync() : Task.CompletedTask;

    private Task ClearAsync()
    {
        _text = string.Empty;
        return SendAsync();
    }

    private Task SendAsync()
    {
        _typing?.Cancel();
        var search = string.IsNullOrWhiteSpace(_text) ? null : _text.Trim();
        if (search == _shown)
        {
            return Task.CompletedTask;
        }

        _shown = search;
        return ValueChanged.InvokeAsync(search);
    }

    public void Dispose()
    {
        _typing?.Cancel();
        _typing?.Dispose();
    }
}
