using SesConsole.Core.Policies;

namespace SesConsole.Tests.Unit.Core.Policies;

internal static class PolicyTestData
{
    public const string Identity = "example.com";
    public const string Arn = "arn:aws:ses:us-east-1:123456789012:identity/example.com";

    /// <summary>A draft the validator accepts: one Allow statement for one account, SendEmail only.</summary>
    public static SendingPolicyDraft ValidDraft(string name = "AllowPartner")
    {
        var draft = new SendingPolicyDraft { Name = name };
        var statement = draft.AddStatement();
        statement.Actions = [SendingAction.SendEmail];
        statement.Principals.Add("111122223333");
        return draft;
    }
}
