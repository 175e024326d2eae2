using SesConsole.LocalSes.Identities;

namespace SesConsole.LocalSes.Operations.V2;

/// <summary>SES API v2's enum spellings for the values LocalSes stores in v1's spelling.</summary>
internal static class V2Values
{
    public static readonly IReadOnlyDictionary<string, string> Statuses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [VerificationStatus.Pending] = "PENDING",
        [VerificationStatus.Success] = "SUCCESS",
        [VerificationStatus.Failed] = "FAILED",
        ["TemporaryFailure"] = "TEMPORARY_FAILURE",
        [VerificationStatus.NotStarted] = "NOT_STARTED",
    };

    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [VerificationStatus.EmailAddress] = "EMAIL_ADDRESS",
        [VerificationStatus.Domain] = "DOMAIN",
        ["ManagedDomain"] = "MANAGED_DOMAIN",
    };

    public static string Status(string stored) => Statuses[stored];

    public static string Type(string stored) => Types[stored];

    /// <summary>v1's UseDefaultValue/RejectMessage in v2's spelling.</summary>
    public static string BehaviorOnMxFailure(string stored) => stored == "RejectMessage" ? "REJECT_MESSAGE" : "USE_DEFAULT_VALUE";

    /// <summary>The stored value of a v2 spelling, or null when it is not one.</summary>
    public static string? Stored(IReadOnlyDictionary<string, string> values, string wire) =>
        values.FirstOrDefault(pair => pair.Value == wire).Key;

    /// <summary>A stored Unix-ms time as REST-JSON sends timestamps: epoch seconds, a JSON number with a fraction.</summary>
    public static double EpochSeconds(long unixMs) => unixMs / 1000.0;
}
