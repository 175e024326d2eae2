using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using SesConsole.Core.Policies;

namespace SesConsole.Web.Components.Pages.Identities.Policies;

public partial class PrincipalsInput
{
    [Parameter, EditorRequired]
    public PolicyForm Form { get; set; } = default!;

    [Parameter, EditorRequired]
    public int StatementIndex { get; set; }

    [Parameter]
    public EventCallback OnChanged { get; set; }

    private string? _input;
    private string? _inputError;

    private List<string> Principals => Form.Draft.Statements[StatementIndex].Principals;

    private string Field => $"Statements[{StatementIndex}].Principals";

    private string? ErrorText => _inputError ?? (Form.MessagesUnder(Field) is { Count: > 0 } messages ? string.Join(" ", messages) : null);

    private async Task OnInputChangedAsync(string? value)
    {
        _input = value;
        _inputError = null;
        if (value is null || !value.Contains(',', StringComparison.Ordinal))
        {
            return;
        }

        // Everything before the last comma is complete; what follows it is still being typed.
        var parts = value.Split(',');
        var rejected = new List<string>();
        foreach (var part in parts[..^1].Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (PrincipalInput.Check(part, Principals) is { } error)
            {
                _inputError ??= error;
                rejected.Add(part);
            }
            else
            {
                Principals.Add(part);
            }
        }

        _input = string.Join(", ", rejected.Append(parts[^1].Trim()).Where(p => p.Length > 0));
        await ChangedAsync();
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if (e.Key is "Enter" or "NumpadEnter")
        {
            await AddTypedAsync();
        }
    }

    private async Task OnBlurAsync(FocusEventArgs e)
    {
        if (!string.IsNullOrWhiteSpace(_input) && PrincipalInput.Check(_input, Principals) is null)
        {
            await AddTypedAsync();
        }
    }

    private async Task AddTypedAsync()
    {
        if (PrincipalInput.Check(_input, Principals) is { } error)
        {
            _inputError = error;
            return;
        }

        Principals.Add(_input!.Trim());
        _input = string.Empty;
        _inputError = null;
        await ChangedAsync();
    }

    private async Task RemoveAsync(int index)
    {
        Principals.RemoveAt(index);
        await ChangedAsync();
    }

    private async Task ChangedAsync()
    {
        Form.Touch(Field);
        await OnChanged.InvokeAsync();
    }
}
