using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SesConsole.Core.Identities;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Policies;

/// <summary>
/// SES's rules for sending-authorization policies, checked before any SES call so that the operator learns
/// which field is wrong and how to fix it.
/// </summary>
internal static partial class SesPolicyRules
{
    public static Failure? CheckName(string? policyName) =>
        policyName is { Length: <= SesLimits.MaxPolicyNameLength } && NameShape().IsMatch(policyName)
            ? null
            : Invalid($"The policy name must be 1 to {SesLimits.MaxPolicyNameLength} characters of letters, digits, hyphens and underscores.", "policyName");

    public static Failure? CheckDocument(string? document, string region, string? accountId, string identity)
    {
        if (string.IsNullOrWhiteSpace(document))
        {
            return Invalid("The policy document is empty; paste a JSON policy.", "policyDocument");
        }

        var bytes = Encoding.UTF8.GetByteCount(document);
        if (bytes > SesLimits.MaxPolicyDocumentBytes)
        {
            return Invalid($"The policy document is {bytes} bytes; SES allows at most {SesLimits.MaxPolicyDocumentBytes} bytes, so shorten it.", "policyDocument");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(document);
        }
        catch (JsonException ex)
        {
            return Invalid($"The policy document is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}).", "policyDocument");
        }

        using (json)
        {
            return CheckStructure(json.RootElement, region, accountId, identity);
        }
    }

    private static Failure? CheckStructure(JsonElement root, string region, string? accountId, string identity)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Invalid("The policy document must be a JSON object with \"Version\" and \"Statement\".", "policyDocument");
        }

        if (!root.TryGetProperty("Version", out var version) || version.ValueKind != JsonValueKind.String
            || version.GetString() != SesLimits.PolicyVersion)
        {
            return Invalid($"The policy's \"Version\" must be \"{SesLimits.PolicyVersion}\".", "policyDocument");
        }

        if (!root.TryGetProperty("Statement", out var statement))
        {
            return Invalid("The policy has no \"Statement\"; add at least one statement.", "policyDocument");
        }

        var statements = statement.ValueKind switch
        {
            JsonValueKind.Array => statement.EnumerateArray().ToArray(),
            JsonValueKind.Object => [statement],
            _ => [],
        };
        if (statements.Length == 0)
        {
            return Invalid("The policy's \"Statement\" is empty; add at least one statement.", "policyDocument");
        }

        var example = string.IsNullOrWhiteSpace(accountId)
            ? IdentityArn.For(region, "<account-id>", identity)
            : IdentityArn.For(region, accountId, identity);
        for (var i = 0; i < statements.Length; i++)
        {
            var failure = CheckResource(statements[i], i + 1, region, accountId, identity, example)
                ?? PolicyStatementRules.CheckEffect(statements[i], i + 1)
                ?? PolicyStatementRules.CheckPrincipal(statements[i], i + 1)
                ?? PolicyStatementRules.CheckAction(statements[i], i + 1);
            if (failure is not null)
            {
                return failure;
            }
        }

        return null;
    }

    private static Failure? CheckResource(
        JsonElement statement, int number, string region, string? accountId, string identity, string example)
    {
        if (statement.ValueKind != JsonValueKind.Object)
        {
            return Invalid($"Statement {number} is not a JSON object.", "policyDocument");
        }

        if (!statement.TryGetProperty("Resource", out var resource))
        {
            return Invalid($"Statement {number} has no \"Resource\"; set it to \"{example}\".", "policyDocument");
        }

        var values = resource.ValueKind switch
        {
            JsonValueKind.String => [resource],
            JsonValueKind.Array => resource.EnumerateArray().ToArray(),
            _ => [],
        };
        if (values.Length != 1 || values[0].ValueKind != JsonValueKind.String)
        {
            return Invalid($"Statement {number} must have exactly one \"Resource\", this identity's ARN \"{example}\".", "policyDocument");
        }

        var arn = values[0].GetString()!;
        return IdentityArn.Matches(arn, region, accountId, identity)
            ? null
            : Invalid($"Statement {number}'s \"Resource\" is not this identity's ARN; set it to \"{example}\".", "policyDocument");
    }

    internal static Failure Invalid(string message, string field) => new(FailureKind.InvalidInput, message, Field: field);

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NameShape();
}
