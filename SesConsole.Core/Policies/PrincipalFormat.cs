using System.Text.RegularExpressions;

namespace SesConsole.Core.Policies;

/// <summary>The principal shapes this console grants: AWS account ids, IAM account-root/user/role ARNs, and
/// (for hand-written policies) AWS service principals.</summary>
internal static partial class PrincipalFormat
{
    public const string Everyone = "*";

    public const string Example = "arn:aws:iam::123456789012:user/name";

    public static bool IsAccountId(string value) => AccountIdShape().IsMatch(value);

    public static bool IsIamArn(string value) => IamArnShape().IsMatch(value);

    /// <summary>An AWS account id or IAM ARN: what <c>Principal.AWS</c> may hold.</summary>
    public static bool IsNamedAwsPrincipal(string value) => IsAccountId(value) || IsIamArn(value);

    public static bool IsServicePrincipal(string value) => ServiceShape().IsMatch(value);

    /// <summary>Splits an IAM ARN into its account and resource (<c>root</c>, <c>user/...</c>, <c>role/...</c>).</summary>
    public static bool TrySplitIamArn(string value, out string account, out string resource)
    {
        var match = IamArnShape().Match(value);
        account = match.Success ? match.Groups["account"].Value : string.Empty;
        resource = match.Success ? match.Groups["resource"].Value : string.Empty;
        return match.Success;
    }

    [GeneratedRegex("^[0-9]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountIdShape();

    [GeneratedRegex(
        "^arn:(aws|aws-cn|aws-us-gov):iam::(?<account>[0-9]{12}):(?<resource>root|(user|role)(/[A-Za-z0-9_+=,.@-]+)+)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex IamArnShape();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceShape();
}
