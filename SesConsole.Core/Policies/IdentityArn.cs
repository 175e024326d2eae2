using System.Text.RegularExpressions;

namespace SesConsole.Core.Policies;

/// <summary>The ARN of an SES identity: what a sending-authorization policy's Resource must be.</summary>
internal static partial class IdentityArn
{
    public static string Partition(string region) =>
        region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
        : "aws";

    public static string For(string region, string accountId, string identity) =>
        $"arn:{Partition(region)}:ses:{region}:{accountId}:identity/{identity}";

    /// <summary>True when <paramref name="arn"/> names this identity in this region, in the configured account or,
    /// when no account is configured, in any 12-digit account.</summary>
    public static bool Matches(string arn, string region, string? accountId, string identity)
    {
        if (!string.IsNullOrWhiteSpace(accountId))
        {
            return string.Equals(arn, For(region, accountId, identity), StringComparison.Ordinal);
        }

        var match = ArnShape().Match(arn);
        return match.Success
            && string.Equals(match.Groups["partition"].Value, Partition(region), StringComparison.Ordinal)
            && string.Equals(match.Groups["region"].Value, region, StringComparison.Ordinal)
            && string.Equals(match.Groups["identity"].Value, identity, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^arn:(?<partition>[a-z-]+):ses:(?<region>[a-z0-9-]+):[0-9]{12}:identity/(?<identity>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ArnShape();
}
