namespace SesConsole.Core.Policies;

/// <summary>
/// The sending-authorization policy generator's form model. Mutable on purpose: a Blazor form binds its fields
/// directly (<c>@bind-Value="statement.Sid"</c>) and the preview re-renders with
/// <see cref="SendingPolicyGenerator.ToJson"/> after each change.
/// </summary>
public sealed class SendingPolicyDraft
{
    /// <summary>The policy name (1 to 64 of letters, digits, <c>-</c> and <c>_</c>).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The optional policy-wide <c>Id</c>, kept so that editing a policy that has one does not drop it.</summary>
    public string? Id { get; set; }

    public List<PolicyStatementDraft> Statements { get; set; } = [];

    /// <summary>A draft with one statement allowing <c>ses:SendEmail</c> and <c>ses:SendRawEmail</c>, ready for principals.</summary>
    public static SendingPolicyDraft CreateDefault()
    {
        var draft = new SendingPolicyDraft();
        draft.AddStatement();
        return draft;
    }

    /// <summary>Appends a new Allow statement for the two common sending actions and returns it.</summary>
    public PolicyStatementDraft AddStatement()
    {
        var statement = new PolicyStatementDraft
        {
            Actions = [SendingAction.SendEmail, SendingAction.SendRawEmail],
        };
        Statements.Add(statement);
        return statement;
    }
}
