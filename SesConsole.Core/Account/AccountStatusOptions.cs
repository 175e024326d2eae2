namespace SesConsole.Core.Account;

/// <summary>How long the account status of a region is trusted (section <c>Ses:AccountStatus</c>).</summary>
public sealed class AccountStatusOptions
{
    public const string SectionName = "Ses:AccountStatus";

    /// <summary>One GetAccount (or, without it, GetSendQuota + GetAccountSendingEnabled) per region per this period, shared by every operator.</summary>
    public TimeSpan FreshFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After a failed check, the same failure is shown for this long before SES is asked again.</summary>
    public TimeSpan FailureShownFor { get; set; } = TimeSpan.FromSeconds(30);
}
