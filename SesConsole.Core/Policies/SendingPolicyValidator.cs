using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SesConsole.Core.Identities;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Policies;

/// <summary>Checks a <see cref="SendingPolicyDraft"/> field by field, so the form can show each fix beside its input.</summary>
public static partial class SendingPolicyValidator
{
    private static readonly string[] IsoDateFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    private static readonly string ActionList = string.Join(", ", SendingActions.All.Select(a => a.ActionName()));

    /// <param name="identityArn">The ARN the policy will be written for; used to check the 4 KB limit on the real JSON.</param>
    /// <returns>Every problem, in form order; empty when the draft can be saved.</returns>
    public static IReadOnlyList<PolicyDraftProblem> Validate(SendingPolicyDraft draft, string identityArn)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(identityArn);

        var problems = new List<PolicyDraftProblem>();
        if (SesPolicyRules.CheckName(draft.Name) is { } nameFailure)
        {
            problems.Add(new("Name", nameFailure.Message));
        }

        if (draft.Statements.Count == 0)
        {
            problems.Add(new("Statements", "The policy has no statements; add at least one."));
        }

        for (var i = 0; i < draft.Statements.Count; i++)
        {
            CheckStatement(draft, i, problems);
        }

        var bytes = Encoding.UTF8.GetByteCount(SendingPolicyGenerator.ToJson(draft, identityArn));
        if (bytes > SesLimits.MaxPolicyDocumentBytes)
        {
            problems.Add(new("Document",
                $"The policy is {bytes} bytes; SES allows at most {SesLimits.MaxPolicyDocumentBytes} bytes, so merge statements or remove principals or values."));
        }

        return problems;
    }

    private static void CheckStatement(SendingPolicyDraft draft, int index, List<PolicyDraftProblem> problems)
    {
        var statement = draft.Statements[index];
        var path = $"Statements[{index}]";
        var number = index + 1;

        var sid = statement.Sid?.Trim() ?? string.Empty;
        if (sid.Length > 0 && !SidShape().IsMatch(sid))
        {
            problems.Add(new($"{path}.Sid", $"Statement {number}: the Sid '{sid}' may contain only letters and digits."));
        }
        else if (sid.Length > 0)
        {
            var first = draft.Statements.FindIndex(s => string.Equals(s.Sid?.Trim(), sid, StringComparison.Ordinal));
            if (first < index)
            {
                problems.Add(new($"{path}.Sid", $"Statement {number}: the Sid '{sid}' is already used by statement {first + 1}; give each statement its own Sid or leave it empty."));
            }
        }

        if (!Enum.IsDefined(statement.Effect))
        {
            problems.Add(new($"{path}.Effect", $"Statement {number}: choose Allow or Deny as its effect."));
        }

        CheckPrincipals(statement, path, number, problems);

        if (!statement.Actions.Any(Enum.IsDefined))
        {
            problems.Add(new($"{path}.Actions", $"Statement {number} has no actions; choose at least one of {ActionList}."));
        }

        var seen = new List<(string Operator, string Key, int Index)>();
        for (var c = 0; c < statement.Conditions.Count; c++)
        {
            CheckCondition(statement.Conditions[c], $"{path}.Conditions[{c}]", number, c, seen, problems);
        }
    }

    private static void CheckPrincipals(PolicyStatementDraft statement, string path, int number, List<PolicyDraftProblem> problems)
    {
        if (statement.Principals.All(string.IsNullOrWhiteSpace))
        {
            problems.Add(new($"{path}.Principals",
                $"Statement {number} has no principals; add a 12-digit AWS account id or an IAM ARN such as {PrincipalFormat.Example}."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < statement.Principals.Count; p++)
        {
            var principal = statement.Principals[p]?.Trim() ?? string.Empty;
            var at = $"Statement {number}, principal {p + 1}";
            var field = $"{path}.Principals[{p}]";
            if (principal.Length == 0)
            {
                problems.Add(new(field, $"{at} is empty; fill it in or remove it."));
            }
            else if (principal == PrincipalFormat.Everyone)
            {
                problems.Add(new(field, $"{at}: '*' would let every AWS account send as this identity; this console only grants named principals, so enter an account id or an IAM ARN."));
            }
            else if (!PrincipalFormat.IsNamedAwsPrincipal(principal))
            {
                problems.Add(new(field, $"{at}: '{principal}' is not a 12-digit AWS account id or an IAM ARN such as {PrincipalFormat.Example}."));
            }
            else if (!seen.Add(principal))
            {
                problems.Add(new(field, $"{at} repeats '{principal}'; remove the duplicate."));
            }
        }
    }

    private static void CheckCondition(
        PolicyConditionDraft condition,
        string path,
        int number,
        int index,
        List<(string Operator, string Key, int Index)> seen,
        List<PolicyDraftProblem> problems)
    {
        var at = $"Statement {number}, condition {index + 1}";
        var op = condition.Operator?.Trim() ?? string.Empty;
        var key = condition.Key?.Trim() ?? string.Empty;

        if (!PolicyConditionOperators.IsSupported(op))
        {
            problems.Add(new($"{path}.Operator", op.Length == 0
                ? $"{at} has no operator; choose one such as StringEquals or StringLike."
                : $"{at}: '{op}' is not a supported operator; choose one of {string.Join(", ", PolicyConditionOperators.All)}."));
        }

        if (key.Length == 0)
        {
            problems.Add(new($"{path}.Key", $"{at} has no key; choose one such as {PolicyConditionKeys.FromAddress}."));
        }
        else if (!KeyShape().IsMatch(key))
        {
            problems.Add(new($"{path}.Key", $"{at}: '{key}' is not a condition key; use one such as {PolicyConditionKeys.FromAddress} or {PolicyConditionKeys.SourceIp}."));
        }
        else if (PolicyConditionOperators.ComparesIpRanges(op) && key != PolicyConditionKeys.SourceIp)
        {
            problems.Add(new($"{path}.Key", $"{at}: {op} works only with the {PolicyConditionKeys.SourceIp} key."));
        }

        var earlier = seen.FindIndex(s => s.Operator == op && s.Key == key);
        if (op.Length > 0 && key.Length > 0 && earlier >= 0)
        {
            problems.Add(new($"{path}.Key", $"{at} repeats {op} on {key} from condition {seen[earlier].Index + 1}; put all its values in one condition."));
        }

        seen.Add((op, key, index));
        CheckValues(condition, path, at, op, key, problems);
    }

    private static void CheckValues(
        PolicyConditionDraft condition, string path, string at, string op, string key, List<PolicyDraftProblem> problems)
    {
        if (condition.Values.All(string.IsNullOrWhiteSpace))
        {
            problems.Add(new($"{path}.Values", $"{at} ({(key.Length > 0 ? key : "no key")}) has no values; add at least one."));
            return;
        }

        for (var v = 0; v < condition.Values.Count; v++)
        {
            var value = condition.Values[v]?.Trim() ?? string.Empty;
            var field = $"{path}.Values[{v}]";
            var valueAt = $"{at}, value {v + 1}";
            var problem = value.Length == 0 ? $"{valueAt} is empty; fill it in or remove it."
                : PolicyConditionOperators.ComparesIpRanges(op) && !IsCidr(value)
                    ? $"{valueAt}: '{value}' is not an IP range in CIDR notation such as 203.0.113.0/24 (use /32 for one address)."
                : PolicyConditionOperators.ComparesArns(op) && !value.StartsWith("arn:", StringComparison.Ordinal)
                    ? $"{valueAt}: '{value}' is not an ARN; {op} values start with arn:."
                : PolicyConditionOperators.ComparesDates(op) && !IsDateTime(value)
                    ? $"{valueAt}: '{value}' is not a date and time such as 2026-12-31T23:59:59Z."
                : key == PolicyConditionKeys.SourceAccount && !PrincipalFormat.IsAccountId(value)
                    ? $"{valueAt}: '{value}' is not a 12-digit AWS account id."
                : null;
            if (problem is not null)
            {
                problems.Add(new(field, problem));
            }
        }
    }

    internal static bool IsCidr(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !int.TryParse(value.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix))
        {
            return false;
        }

        var address = value[..slash];
        var isV6 = address.Contains(':', StringComparison.Ordinal);
        // IPAddress.TryParse also reads "10" or "10.1" as IPv4; IAM wants four dotted parts.
        return (isV6 || DottedQuad().IsMatch(address))
            && IPAddress.TryParse(address, out _)
            && prefix <= (isV6 ? 128 : 32);
    }

    private static bool IsDateTime(string value) =>
        DateTimeOffset.TryParseExact(value, IsoDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    [GeneratedRegex("^[A-Za-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SidShape();

    [GeneratedRegex("^(aws|ses):[A-Za-z0-9/_.:-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();

    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{1,3}){3}$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedQuad();
}
