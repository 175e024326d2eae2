namespace SesConsole.Core.Policies;

/// <summary>One <c>Condition</c> entry of a statement: <c>{ Operator: { Key: Values } }</c>.</summary>
public sealed class PolicyConditionDraft
{
    /// <summary>One of <see cref="PolicyConditionOperators.All"/>.</summary>
    public string Operator { get; set; } = PolicyConditionOperators.StringEquals;

    /// <summary>A condition key such as <see cref="PolicyConditionKeys.FromAddress"/>.</summary>
    public string Key { get; set; } = PolicyConditionKeys.FromAddress;

    /// <summary>One or more values; one is written as a string, several as an array.</summary>
    public List<string> Values { get; set; } = [];
}
