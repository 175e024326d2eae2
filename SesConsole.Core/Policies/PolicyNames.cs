using SesConsole.Core.Identities;

namespace SesConsole.Core.Policies;

/// <param name="Error">One sentence saying what to change, or null when the name can be used.</param>
public sealed record PolicyNameCheck(string? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>The rules for naming a new policy: SES's name shape, and not a name the identity already uses
/// (SES's put would silently replace that policy).</summary>
public static class PolicyNames
{
    /// <param name="existingNames">The identity's current policy names (SES compares them case-sensitively).</param>
    public static PolicyNameCheck CheckNewPolicyName(IEnumerable<string> existingNames, string? name)
    {
        ArgumentNullException.ThrowIfNull(existingNames);
        if (SesPolicyRules.CheckName(name) is { } shape)
        {
            return new PolicyNameCheck(shape.Message);
        }

        return existingNames.Contains(name, StringComparer.Ordinal)
            ? new PolicyNameCheck($"This identity already has a policy named {name}; choose another name, or edit that policy to change it.")
            : new PolicyNameCheck(null);
    }
}
