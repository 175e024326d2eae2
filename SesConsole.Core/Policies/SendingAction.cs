namespace SesConsole.Core.Policies;

/// <summary>The SES v1 sending operations a sending-authorization policy can grant, in the order policies list them.</summary>
public enum SendingAction
{
    SendEmail,
    SendRawEmail,
    SendTemplatedEmail,
    SendBulkTemplatedEmail,
}

public static class SendingActions
{
    /// <summary>Every action, in the order the generator writes them.</summary>
    public static IReadOnlyList<SendingAction> All { get; } = Enum.GetValues<SendingAction>();

    /// <summary>The IAM action name: <c>ses:SendEmail</c>.</summary>
    public static string ActionName(this SendingAction action) => "ses:" + action.ToString();

    /// <summary>Reads an IAM action name; the service prefix is case-insensitive in IAM (<c>SES:SendEmail</c> is the same action).</summary>
    public static bool TryParse(string? actionName, out SendingAction action)
    {
        action = default;
        if (actionName is null || !actionName.StartsWith("ses:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var operation = actionName["ses:".Length..];
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToString(), operation, StringComparison.OrdinalIgnoreCase))
            {
                action = candidate;
                return true;
            }
        }

        return false;
    }
}
