namespace SesConsole.Core.Account;

/// <summary>Whether SES lets the account send to anyone (production) or only to verified recipients (sandbox).</summary>
public enum AccountAccess
{
    Sandbox,
    Production,
}

/// <summary>One region's sending status as SES reported it at <paramref name="CheckedAt"/>.</summary>
/// <param name="SentLast24Hours">Recipients SES counted in the last 24 hours, against <paramref name="Max24HourSend"/>.</param>
/// <param name="EnforcementStatus">SES's own word for the account's standing (v2 GetAccount: <c>HEALTHY</c>,
/// <c>PROBATION</c>, <c>SHUTDOWN</c>), as sent; null when it was read with the v1 calls, which do not say.</param>
public sealed record AccountStatus(
    string Region,
    AccountAccess Access,
    bool SendingEnabled,
    double SentLast24Hours,
    double Max24HourSend,
    double MaxSendRate,
    DateTimeOffset CheckedAt,
    string? EnforcementStatus = null)
{
    /// <summary>SES's healthy enforcement status; any other value is shown to the operator.</summary>
    public const string Healthy = "HEALTHY";

    /// <summary>SES reviews the account (too many bounces or complaints); sending goes on meanwhile.</summary>
    public const string Probation = "PROBATION";

    /// <summary>SES's enforcement status when it is not <see cref="Healthy"/> (probation, shutdown, ...), else null.</summary>
    public string? EnforcementConcern =>
        EnforcementStatus is { Length: > 0 } status && !string.Equals(status, Healthy, StringComparison.Ordinal) ? status : null;

    /// <summary>Share of the 24-hour quota used, 0..100 (0 when SES reports no quota).</summary>
    public double QuotaUsedPercent => Max24HourSend <= 0 ? 0 : Math.Clamp(SentLast24Hours / Max24HourSend * 100, 0, 100);
}
