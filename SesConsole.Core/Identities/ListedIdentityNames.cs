using System.Diagnostics.CodeAnalysis;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>
/// Names of identities SES already holds (from the grid or the details page): sacred, so sent back byte for byte.
/// Only what cannot be an SES name is refused; nothing is normalised (SES keeps an email address's case, and a
/// name "corrected" here would address a different identity or none).
/// </summary>
public static class ListedIdentityNames
{
    public const string Field = "identity";

    public static bool TryCheck(string? identity, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out Failure? failure)
    {
        name = null;
        failure = null;
        if (string.IsNullOrEmpty(identity) || identity.Length > SesLimits.MaxEmailAddressLength
            || identity.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            failure = new Failure(FailureKind.InvalidInput, "This is not the name of an SES identity.", Field: Field);
            return false;
        }

        name = identity;
        return true;
    }

    public static bool IsEmailAddress(string name) => name.Contains('@', StringComparison.Ordinal);
}
