using Microsoft.AspNetCore.Components;
using SesConsole.Core.Policies;

namespace SesConsole.Web.Components.Pages.Identities.Policies;

public partial class StatementEditor
{
    [Parameter, EditorRequired]
    public PolicyForm Form { get; set; } = default!;

    [Parameter, EditorRequired]
    public int Index { get; set; }

    [Parameter]
    public bool CanRemove { get; set; }

    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Parameter]
    public EventCallback OnRemove { get; set; }

    // What the operator typed per condition, so "a, " is not rewritten to "a" while they type.
    private readonly Dictionary<PolicyConditionDraft, string> _valueTexts = new(ReferenceEqualityComparer.Instance);

    private PolicyStatementDraft Statement => Form.Draft.Statements[Index];

    private string Path => $"Statements[{Index}]";

    private static string? Join(IReadOnlyList<string> messages) => messages.Count > 0 ? string.Join(" ", messages) : null;

    private string ValuesText(PolicyConditionDraft condition) =>
        _valueTexts.TryGetValue(condition, out var text) ? text : string.Join(", ", condition.Values);

    private static string ValuesPlaceholder(PolicyConditionDraft condition) => condition.Key switch
    {
        PolicyConditionKeys.SourceIp => "203.0.113.0/24",
        PolicyConditionKeys.FromAddress => "marketing@example.com",
        PolicyConditionKeys.Recipients => "*@example.com",
        PolicyConditionKeys.CurrentTime => "2026-12-31T23:59:59Z",
        _ => string.Empty,
    };

    private static Task<IEnumerable<string>> SearchKeysAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? PolicyConditionKeys.Suggested
            : PolicyConditionKeys.Suggested.Where(k => k.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)));

    private Task SetEffectAsync(PolicyEffect effect)
    {
        Statement.Effect = effect;
        return ChangedAsync($"{Path}.Effect");
    }

    private Task SetActionAsync(SendingAction action, bool selected)
    {
        Statement.SetAction(action, selected);
        return ChangedAsync($"{Path}.Actions");
    }

    private Task SetKeyAsync(int index, string? key)
    {
        Statement.Conditions[index].Key = key ?? string.Empty;
        return ChangedAsync($"{Path}.Conditions[{index}].Key");
    }

    private Task SetOperatorAsync(int index, string? op)
    {
        Statement.Conditions[index].Operator = op ?? string.Empty;
        return ChangedAsync($"{Path}.Conditions[{index}].Operator");
    }

    private Task SetValuesAsync(int index, string? text)
    {
        var condition = Statement.Conditions[index];
        _valueTexts[condition] = text ?? string.Empty;
        condition.Values = (text ?? string.Empty).Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        return ChangedAsync($"{Path}.Conditions[{index}].Values");
    }

    private Task AddConditionAsync()
    {
        Statement.AddCondition();
        return OnChanged.InvokeAsync();
    }

    private Task RemoveConditionAsync(int index)
    {
        _valueTexts.Remove(Statement.Conditions[index]);
        Statement.Conditions.RemoveAt(index);
        return OnChanged.InvokeAsync();
    }

    private Task ChangedAsync(string field)
    {
        Form.Touch(field);
        return OnChanged.InvokeAsync();
    }
}
