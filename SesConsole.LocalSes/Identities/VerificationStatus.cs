namespace SesConsole.LocalSes.Identities;

/// <summary>SES's verification status values and identity types, as they appear on the wire.</summary>
internal static class VerificationStatus
{
    public const string Pending = "Pending";
    public const string Success = "Success";
    public const string Failed = "Failed";
    public const string NotStarted = "NotStarted";

    public const string EmailAddress = "EmailAddress";
    public const string Domain = "Domain";

    public static readonly TimeSpan EmailLinkLifetime = TimeSpan.FromHours(24);
    public static readonly TimeSpan DnsVerificationWindow = TimeSpan.FromHours(72);

    /// <summary>A Pending status whose window has passed reads as Failed, whether or not a sweep has persisted it yet.</summary>
    public static string Effective(string status, long? startedAtMs, TimeSpan window, DateTimeOffset now) =>
        status == Pending && startedAtMs is { } started && now.ToUnixTimeMilliseconds() >= started + (long)window.TotalMilliseconds
            ? Failed
            : status;
}
