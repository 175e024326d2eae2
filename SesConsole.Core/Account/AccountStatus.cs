namespace SesConsole.Core.Account;

/// <summary>Whether SES lets the account send to anyone (production) or only to verified recipients (sandbox).</summary>
public enum AccountAccess
{
    Sandbox,
    Production,
}

/// <summary>One region's sending status as SES reported it at <paramref name="CheckedAt"/>.</summary>
/// <param name="SentLast24Hours">Recipients SES counted in the last 24 hours, against <paramref name="Max24HourSend"/>.</param>
public sealed record AccountStatus(
    string Region,
    AccountAccess Access,
    bool SendingEnabled,
    double SentLast24Hours,
    double Max24HourSend,
    double MaxSendRate,
    DateTimeOffset CheckedAt)
{
    /// <summary>Share of the 24-hour quota used, 0..100 (0 when SES reports no quota).</summary>
    public double QuotaUsedPercent => Max24HourSend <= 0 ? 0 : Math.Clamp(SentLast24Hours / Max24HourSend * 100, 0, 100);
}
