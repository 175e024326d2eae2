using System.Text.Json;

namespace SesConsole.Core.Policies;

/// <summary>
/// Reads an existing policy document back into a <see cref="SendingPolicyDraft"/> when the generator can write it
/// again without losing anything: only <c>Id</c>/<c>Version</c>/<c>Statement</c>, statements of
/// <c>Sid</c>/<c>Effect</c>/<c>Principal.AWS</c>/send <c>Action</c>s/this identity's <c>Resource</c>/string
/// <c>Condition</c>s with supported operators. Anything else keeps the policy in the JSON tab.
/// </summary>
public static class SendingPolicyParser
{
    private static readonly string[] StatementFields = ["Sid", "Effect", "Principal", "Action", "Resource", "Condition"];

    public static PolicyDraftParse Parse(string policyName, string? document, string identityArn)
    {
        ArgumentNullException.ThrowIfNull(identityArn);
        if (string.IsNullOrWhiteSpace(document))
        {
            return NotFit("The policy document is empty.");
        }

        try
        {
            using var json = JsonDocument.Parse(document);
            var draft = new SendingPolicyDraft { Name = policyName ?? string.Empty };
            var reason = ReadPolicy(json.RootElement, identityArn, draft);
            return reason is null ? new PolicyDraftParse(draft, null) : NotFit(reason);
        }
        catch (JsonException)
        {
            return NotFit("The policy document is not valid JSON.");
        }
    }

    private static PolicyDraftParse NotFit(string reason) => new(null, reason);

    private static string? ReadPolicy(JsonElement root, string identityArn, SendingPolicyDraft draft)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "The policy document is not a JSON object.";
        }

        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "Version" when property.Value.ValueKind == JsonValueKind.String
                    && property.Value.GetString() == SendingPolicyGenerator.Version:
                    break;
                case "Version":
                    return $"The policy's Version is not {SendingPolicyGenerator.Version}.";
                case "Id" when property.Value.ValueKind == JsonValueKind.String:
                    draft.Id = property.Value.GetString();
                    break;
                case "Statement":
                    break;
                default:
                    return $"The policy has \"{property.Name}\" at its top level, which the generator does not edit.";
            }
        }

        if (!root.TryGetProperty("Version", out _) || !root.TryGetProperty("Statement", out var statements))
        {
            return "The policy lacks \"Version\" or \"Statement\".";
        }

        var list = statements.ValueKind == JsonValueKind.Array ? statements.EnumerateArray().ToList() : [statements];
        if (list.Count == 0)
        {
            return "The policy has no statements.";
        }

        for (var i = 0; i < list.Count; i++)
        {
            var statement = new PolicyStatementDraft();
            var reason = ReadStatement(list[i], identityArn, statement);
            if (reason is not null)
            {
                return $"Statement {i + 1} {reason}";
            }

            draft.Statements.Add(statement);
        }

        return null;
    }

    private static string? ReadStatement(JsonElement element, string identityArn, PolicyStatementDraft statement)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return "is not a JSON object.";
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!StatementFields.Contains(property.Name, StringComparer.Ordinal))
            {
                return $"uses \"{property.Name}\", which the generator does not edit.";
            }
        }

        if (element.TryGetProperty("Sid", out var sid))
        {
            if (sid.ValueKind != JsonValueKind.String)
            {
                return "has a Sid that is not a string.";
            }

            statement.Sid = sid.GetString()!;
        }

        if (!element.TryGetProperty("Effect", out var effect) || effect.ValueKind != JsonValueKind.String
            || !Enum.TryParse<PolicyEffect>(effect.GetString(), ignoreCase: false, out var parsedEffect)
            || !Enum.IsDefined(parsedEffect) || effect.GetString() != parsedEffect.ToString())
        {
            return "has no Effect of Allow or Deny.";
        }

        statement.Effect = parsedEffect;
        return ReadResource(element, identityArn)
            ?? ReadPrincipals(element, statement)
            ?? ReadActions(element, statement)
            ?? ReadConditions(element, statement);
    }

    private static string? ReadResource(JsonElement element, string identityArn)
    {
        if (!element.TryGetProperty("Resource", out var resource) || !TryReadStrings(resource, out var values)
            || values.Count != 1 || !string.Equals(values[0], identityArn, StringComparison.Ordinal))
        {
            return "does not have this identity's ARN as its only Resource.";
        }

        return null;
    }

    private static string? ReadPrincipals(JsonElement element, PolicyStatementDraft statement)
    {
        if (!element.TryGetProperty("Principal", out var principal) || principal.ValueKind != JsonValueKind.Object)
        {
            return "has no Principal object with AWS principals.";
        }

        foreach (var property in principal.EnumerateObject())
        {
            if (property.Name != "AWS" || !TryReadStrings(property.Value, out var values))
            {
                return $"names \"{property.Name}\" principals, which the generator does not edit.";
            }

            statement.Principals.AddRange(values);
        }

        return statement.Principals.Count == 0 ? "names no AWS principals." : null;
    }

    private static string? ReadActions(JsonElement element, PolicyStatementDraft statement)
    {
        if (!element.TryGetProperty("Action", out var action) || !TryReadStrings(action, out var names) || names.Count == 0)
        {
            return "has no Action.";
        }

        foreach (var name in names)
        {
            if (!SendingActions.TryParse(name, out var parsed))
            {
                return $"grants \"{name}\", which is not one of the sending actions the generator offers.";
            }

            statement.SetAction(parsed, true);
        }

        return null;
    }

    private static string? ReadConditions(JsonElement element, PolicyStatementDraft statement)
    {
        if (!element.TryGetProperty("Condition", out var condition))
        {
            return null;
        }

        if (condition.ValueKind != JsonValueKind.Object)
        {
            return "has a Condition that is not a JSON object.";
        }

        foreach (var op in condition.EnumerateObject())
        {
            if (!PolicyConditionOperators.IsSupported(op.Name) || op.Value.ValueKind != JsonValueKind.Object)
            {
                return $"uses the condition operator \"{op.Name}\", which the generator does not offer.";
            }

            foreach (var key in op.Value.EnumerateObject())
            {
                if (!TryReadStrings(key.Value, out var values) || values.Count == 0)
                {
                    return $"has a {op.Name} condition on {key.Name} whose values are not text.";
                }

                statement.Conditions.Add(new PolicyConditionDraft { Operator = op.Name, Key = key.Name, Values = [.. values] });
            }
        }

        return null;
    }

    /// <summary>A string or an array of strings, none blank or padded (the generator would trim them).</summary>
    private static bool TryReadStrings(JsonElement element, out List<string> values)
    {
        values = [];
        var items = element.ValueKind switch
        {
            JsonValueKind.String => [element],
            JsonValueKind.Array => element.EnumerateArray().ToList(),
            _ => null,
        };
        if (items is null)
        {
            return false;
        }

        foreach (var item in items)
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()! : null;
            if (text is null || text.Length == 0 || text.Trim().Length != text.Length)
            {
                return false;
            }

            values.Add(text);
        }

        return true;
    }
}
