using System.Diagnostics.CodeAnalysis;

namespace SesConsole.Core.Identities.Names;

/// <summary>
/// The one normaliser of identity names an operator typed (lower-cased domain, punycode, no trailing dot; the local
/// part of an address kept as typed). Names SES listed need none of this: they are passed on byte for byte.
/// </summary>
public static class IdentityNames
{
    /// <summary>Checks <paramref name="input"/> as a name of <paramref name="kind"/>, or of either kind when null.</summary>
    /// <param name="failure">An <see cref="FailureKind.InvalidInput"/> on the field <see cref="FieldOf"/> names.</param>
    public static bool TryNormalize(
        string? input,
        IdentityKind? kind,
        [NotNullWhen(true)] out IdentityName? name,
        [NotNullWhen(false)] out Failure? failure)
    {
        string? error;
        switch (kind)
        {
            case IdentityKind.EmailAddress:
                EmailIdentityName.TryCreate(input, out var email, out error);
                name = email;
                break;
            case IdentityKind.Domain:
                DomainIdentityName.TryCreate(input, out var domain, out error);
                name = domain;
                break;
            default:
                IdentityName.TryCreate(input, out name, out error);
                break;
        }

        failure = name is null ? new Failure(FailureKind.InvalidInput, error!, Field: FieldOf(kind)) : null;
        return name is not null;
    }

    /// <summary>
    /// A name that came from SES (its listing, a link built from one, the index): used byte for byte in every call,
    /// URL, cache key and audit row, never re-normalised (SES keeps an email address's case, domain part included).
    /// Only a name no SES could hold is refused.
    /// </summary>
    public static bool TryExisting(
        string? input,
        [NotNullWhen(true)] out IdentityName? name,
        [NotNullWhen(false)] out Failure? failure)
    {
        string? error;
        if (string.IsNullOrWhiteSpace(input))
        {
            (name, error) = (null, "The identity name is empty.");
        }
        else if (IdentityName.KindOf(input) == IdentityKind.EmailAddress)
        {
            EmailIdentityName.TryExisting(input, out var email, out error);
            name = email;
        }
        else
        {
            DomainIdentityName.TryExisting(input, out var domain, out error);
            name = domain;
        }

        failure = name is null ? new Failure(FailureKind.InvalidInput, error!, Field: FieldOf(null)) : null;
        return name is not null;
    }

    /// <summary>The input field a name of <paramref name="kind"/> is typed into: <c>emailAddress</c>, <c>domain</c>,
    /// or <c>identity</c> for either kind.</summary>
    public static string FieldOf(IdentityKind? kind) => kind switch
    {
        IdentityKind.EmailAddress => "emailAddress",
        IdentityKind.Domain => "domain",
        _ => "identity",
    };
}
