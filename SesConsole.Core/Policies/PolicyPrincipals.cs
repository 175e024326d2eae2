using System.Text.Json;

namespace SesConsole.Core.Policies;

/// <summary>Lists the principals a policy document grants: who loses access when it is deleted.</summary>
public static class PolicyPrincipals
{
    public static PolicyGrantees Describe(string? document)
    {
        if (string.IsNullOrWhiteSpace(document))
        {
            return new PolicyGrantees([], IsReadable: false);
        }

        try
        {
            using var json = JsonDocument.Parse(document);
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("Statement", out var statements))
            {
                return new PolicyGrantees([], IsReadable: false);
            }

            var found = new List<PolicyPrincipal>();
            var seen = new HashSet<(PolicyPrincipalKind, string)>();
            var list = statements.ValueKind == JsonValueKind.Array ? statements.EnumerateArray().ToList() : [statements];
            foreach (var statement in list.Where(IsAllow))
            {
                foreach (var principal in PrincipalsOf(statement))
                {
                    if (seen.Add((principal.Kind, IdentityKey(principal))))
                    {
                        found.Add(principal);
                    }
                }
            }

            return new PolicyGrantees(found, IsReadable: true);
        }
        catch (JsonException)
        {
            return new PolicyGrantees([], IsReadable: false);
        }
    }

    /// <summary>Describes one principal as written in <c>Principal.AWS</c> (or <c>"*"</c>).</summary>
    public static PolicyPrincipal DescribeAws(string value)
    {
        if (value == PrincipalFormat.Everyone)
        {
            return new(PolicyPrincipalKind.Everyone, value, "Everyone (any AWS account)");
        }

        if (PrincipalFormat.IsAccountId(value))
        {
            return new(PolicyPrincipalKind.Account, value, $"AWS account {value}");
        }

        if (!PrincipalFormat.TrySplitIamArn(value, out var account, out var resource))
        {
            return new(PolicyPrincipalKind.Other, value, $"AWS principal {value}");
        }

        if (resource == "root")
        {
            return new(PolicyPrincipalKind.Account, value, $"AWS account {account}");
        }

        var kind = resource.StartsWith("user/", StringComparison.Ordinal) ? PolicyPrincipalKind.IamUser : PolicyPrincipalKind.IamRole;
        var name = resource[(resource.LastIndexOf('/') + 1)..];
        return new(kind, value, $"IAM {(kind == PolicyPrincipalKind.IamUser ? "user" : "role")} {name} in account {account}");
    }

    private static bool IsAllow(JsonElement statement) =>
        statement.ValueKind == JsonValueKind.Object
        && statement.TryGetProperty("Effect", out var effect)
        && effect.ValueKind == JsonValueKind.String
        && effect.GetString() == nameof(PolicyEffect.Allow);

    private static IEnumerable<PolicyPrincipal> PrincipalsOf(JsonElement statement)
    {
        if (!statement.TryGetProperty("Principal", out var principal))
        {
            yield break;
        }

        if (principal.ValueKind == JsonValueKind.String)
        {
            yield return DescribeAws(principal.GetString()!);
            yield break;
        }

        if (principal.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var group in principal.EnumerateObject())
        {
            foreach (var value in Strings(group.Value))
            {
                yield return group.Name switch
                {
                    "AWS" => DescribeAws(value),
                    "Service" => new(PolicyPrincipalKind.Service, value, $"AWS service {value}"),
                    _ => new(PolicyPrincipalKind.Other, value, $"{group.Name} principal {value}"),
                };
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        _ => [],
    };

    /// <summary>An account id and its <c>:root</c> ARN are the same principal.</summary>
    private static string IdentityKey(PolicyPrincipal principal) =>
        principal.Kind == PolicyPrincipalKind.Account && PrincipalFormat.TrySplitIamArn(principal.Value, out var account, out _)
            ? account
            : principal.Value;
}
