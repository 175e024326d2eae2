namespace SesConsole.Core.Policies;

/// <summary>One statement of a <see cref="SendingPolicyDraft"/>; its Resource is always the identity's ARN.</summary>
public sealed class PolicyStatementDraft
{
    /// <summary>Letters and digits; when empty the generator writes one (<c>AllowSend1</c>).</summary>
    public string Sid { get; set; } = string.Empty;

    public PolicyEffect Effect { get; set; } = PolicyEffect.Allow;

    /// <summary>12-digit AWS account ids or IAM ARNs (<c>arn:aws:iam::123456789012:root</c>, <c>:user/name</c>, <c>:role/name</c>).</summary>
    public List<string> Principals { get; set; } = [];

    /// <summary>The granted actions; the generator writes them in <see cref="SendingActions.All"/> order.</summary>
    public List<SendingAction> Actions { get; set; } = [];

    public List<PolicyConditionDraft> Conditions { get; set; } = [];

    public bool HasAction(SendingAction action) => Actions.Contains(action);

    /// <summary>Selects or clears one action: what a checkbox per action binds to.</summary>
    public void SetAction(SendingAction action, bool selected)
    {
        if (selected && !Actions.Contains(action))
        {
            Actions.Add(action);
        }
        else if (!selected)
        {
            Actions.RemoveAll(a => a == action);
        }
    }

    /// <summary>Appends an empty condition (<c>StringEquals</c> on <c>ses:FromAddress</c>) and returns it.</summary>
    public PolicyConditionDraft AddCondition()
    {
        var condition = new PolicyConditionDraft();
        Conditions.Add(condition);
        return condition;
    }
}
