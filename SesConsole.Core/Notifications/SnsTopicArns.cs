using System.Text.RegularExpressions;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Notifications;

/// <summary>Checks a topic ARN an operator typed: trimmed, an SNS topic ARN, in the identity's region.</summary>
public static partial class SnsTopicArns
{
    /// <summary>Checks <paramref name="input"/> for <paramref name="region"/>; on success the normalised ARN.</summary>
    public static IdentityNameCheck Check(string? input, string region)
    {
        var arn = input?.Trim() ?? string.Empty;
        if (arn.Length == 0)
        {
            return new IdentityNameCheck(null, "Give the topic's ARN, like arn:aws:sns:" + region + ":111122223333:ses-bounces.");
        }

        var match = ArnPattern().Match(arn);
        if (!match.Success)
        {
            return new IdentityNameCheck(null, "This is not an SNS topic ARN; it looks like arn:aws:sns:" + region + ":111122223333:ses-bounces.");
        }

        return match.Groups["region"].Value == region
            ? new IdentityNameCheck(arn, null)
            : new IdentityNameCheck(null, $"The topic is in {match.Groups["region"].Value}; SES publishes only to topics in the identity's region, {region}.");
    }

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:sns:(?<region>[a-z]{2}(-[a-z]+)+-\d):\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$")]
    private static partial Regex ArnPattern();
}
