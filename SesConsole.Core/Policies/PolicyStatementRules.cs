using System.Text.Json;
using System.Text.RegularExpressions;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Policies;

/// <summary>
/// The Effect, Principal and Action rules of one statement of a hand-written policy document, checked before
/// any SES call like the rest of <see cref="SesPolicyRules"/>.
/// </summary>
internal static partial class PolicyStatementRules
{
    private const string Field = "policyDocument";

    public static Failure? CheckEffect(JsonElement statement, int number) =>
        statement.TryGetProperty("Effect", out var effect) && effect.ValueKind == JsonValueKind.String
            && effect.GetString() is "Allow" or "Deny"
            ? null
            : SesPolicyRules.Invalid($"Statement {number}'s \"Effect\" must be \"Allow\" or \"Deny\".", Field);

    /// <summary>Named principals only: AWS account ids, IAM ARNs and AWS service principals, never <c>"*"</c>.</summary>
    public static Failure? CheckPrincipal(JsonElement statement, int number)
    {
        if (!statement.TryGetProperty("Principal", out var principal))
        {
            return SesPolicyRules.Invalid(
                $"Statement {number} has no \"Principal\"; add {{\"AWS\": [...]}} with the AWS account ids or IAM ARNs it applies to.", Field);
        }

        if (principal.ValueKind == JsonValueKind.String && principal.GetString() == PrincipalFormat.Everyone)
        {
            return Everyone(number);
        }

        if (principal.ValueKind != JsonValueKind.Object || !principal.EnumerateObject().Any())
        {
            return SesPolicyRules.Invalid(
                $"Statement {number}'s \"Principal\" must be an object such as {{\"AWS\": [\"123456789012\"]}}.", Field);
        }

        var position = 0;
        foreach (var group in principal.EnumerateObject())
        {
            if (group.Name is not ("AWS" or "Service"))
            {
                return SesPolicyRules.Invalid(
                    $"Statement {number}'s \"Principal\" names \"{group.Name}\" principals; SES sending authorization grants only \"AWS\" and \"Service\" principals.", Field);
            }

            if (!TryStrings(group.Value, out var values) || values.Count == 0)
            {
                return SesPolicyRules.Invalid(
                    $"Statement {number}'s \"Principal\".\"{group.Name}\" must be a string or a non-empty list of strings.", Field);
            }

            foreach (var value in values)
            {
                position++;
                var failure = group.Name == "AWS" ? CheckAwsPrincipal(value, number, position) : CheckServicePrincipal(value, number, position);
                if (failure is not null)
                {
                    return failure;
                }
            }
        }

        return null;
    }

    public static Failure? CheckAction(JsonElement statement, int number)
    {
        if (!statement.TryGetProperty("Action", out var action))
        {
            return SesPolicyRules.Invalid($"Statement {number} has no \"Action\"; add one or more of {Actions()}.", Field);
        }

        if (!TryStrings(action, out var names) || names.Count == 0)
        {
            return SesPolicyRules.Invalid($"Statement {number}'s \"Action\" must be a string or a non-empty list of actions such as {Actions()}.", Field);
        }

        var outsider = names.FirstOrDefault(name => !SesAction().IsMatch(name));
        return outsider is null
            ? null
            : SesPolicyRules.Invalid(
                $"Statement {number}'s action \"{outsider}\" is not an SES action; a sending-authorization policy may grant only ses: actions such as ses:SendEmail.", Field);
    }

    private static Failure? CheckAwsPrincipal(string value, int number, int position) =>
        value == PrincipalFormat.Everyone ? Everyone(number)
        : PrincipalFormat.IsNamedAwsPrincipal(value) ? null
        : SesPolicyRules.Invalid(
            $"Statement {number}, principal {position}: \"{value}\" is not a 12-digit AWS account id or an IAM ARN such as {PrincipalFormat.Example}.", Field);

    private static Failure? CheckServicePrincipal(string value, int number, int position) =>
        PrincipalFormat.IsServicePrincipal(value)
            ? null
            : SesPolicyRules.Invalid(
                $"Statement {number}, principal {position}: \"{value}\" is not an AWS service principal such as cognito-idp.amazonaws.com.", Field);

    private static Failure Everyone(int number) => SesPolicyRules.Invalid(
        $"Statement {number} grants \"*\" (every AWS account); this console only grants named principals, so list AWS account ids or IAM ARNs.", Field);

    private static string Actions() => string.Join(", ", SendingActions.All.Select(a => a.ActionName()));

    private static bool TryStrings(JsonElement element, out List<string> values)
    {
        values = [];
        if (element.ValueKind == JsonValueKind.String)
        {
            values.Add(element.GetString()!);
            return true;
        }

        if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            return false;
        }

        values.AddRange(element.EnumerateArray().Select(e => e.GetString()!));
        return true;
    }

    /// <summary>IAM action names are case-insensitive in their service prefix (the SES guide writes <c>SES:SendEmail</c>);
    /// wildcards such as <c>ses:Send*</c> are IAM syntax and stay within SES.</summary>
    [GeneratedRegex("^ses:[A-Za-z*?]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SesAction();
}
