namespace SesConsole.Core.Policies;

/// <summary>Condition keys useful in sending-authorization policies: the SES-specific ones and common AWS-wide ones.</summary>
public static class PolicyConditionKeys
{
    public const string FromAddress = "ses:FromAddress";
    public const string FromDisplayName = "ses:FromDisplayName";
    public const string Recipients = "ses:Recipients";
    public const string FeedbackAddress = "ses:FeedbackAddress";
    public const string SourceIp = "aws:SourceIp";
    public const string SourceArn = "aws:SourceArn";
    public const string SourceAccount = "aws:SourceAccount";
    public const string CurrentTime = "aws:CurrentTime";

    /// <summary>Suggestions for a key picker; other <c>ses:</c> and <c>aws:</c> keys are accepted too.</summary>
    public static IReadOnlyList<string> Suggested { get; } =
        [FromAddress, FromDisplayName, Recipients, FeedbackAddress, SourceIp, SourceArn, SourceAccount, CurrentTime];
}
