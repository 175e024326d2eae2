using SesConsole.LocalSes.Storage;

namespace SesConsole.LocalSes.Account;

/// <summary>The account-wide settings and stores that the notification, sending and SNS operations need.</summary>
internal sealed record LocalSesAccount(
    NotificationStore Notifications,
    SentMailStore SentMail,
    TopicCatalog Topics,
    bool Sandbox,
    bool SendingEnabled,
    string EnforcementStatus)
{
    /// <summary>SES's sandbox quota: 200 messages in 24 hours, 1 per second.</summary>
    public const double SandboxMax24HourSend = 200;
    public const double SandboxMaxSendRate = 1;

    /// <summary>A typical production quota after SES grants production access.</summary>
    public const double ProductionMax24HourSend = 50000;
    public const double ProductionMaxSendRate = 14;

    public double Max24HourSend => Sandbox ? SandboxMax24HourSend : ProductionMax24HourSend;

    public double MaxSendRate => Sandbox ? SandboxMaxSendRate : ProductionMaxSendRate;

    /// <summary>SES's enforcement statuses (v2 GetAccount); LocalSes reports the configured one.</summary>
    public static IReadOnlyList<string> EnforcementStatuses { get; } = ["HEALTHY", "PROBATION", "SHUTDOWN"];

    /// <summary>Recipients counted toward the quota in the 24 hours before <paramref name="now"/> (GetSendQuota, GetAccount).</summary>
    public Task<long> SentLast24HoursAsync(string region, DateTimeOffset now, CancellationToken ct) =>
        SentMail.CountSinceAsync(region, now.AddHours(-24).ToUnixTimeMilliseconds(), ct);
}
