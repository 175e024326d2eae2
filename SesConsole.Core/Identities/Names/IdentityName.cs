using System.Diagnostics.CodeAnalysis;

namespace SesConsole.Core.Identities.Names;

/// <summary>A valid SES identity name: a <see cref="DomainIdentityName"/> or an <see cref="EmailIdentityName"/>.</summary>
public abstract record IdentityName
{
    private protected IdentityName(string value) => Value = value;

    /// <summary>The name as it is sent to SES.</summary>
    public string Value { get; }

    public abstract IdentityKind Kind { get; }

    /// <summary>An identity is an email address when it contains '@', otherwise a domain.</summary>
    public static IdentityKind KindOf(string name) =>
        name.Contains('@', StringComparison.Ordinal) ? IdentityKind.EmailAddress : IdentityKind.Domain;

    /// <summary>Checks a typed name of either kind, deciding the kind by <see cref="KindOf"/>.</summary>
    public static bool TryCreate(
        string? input,
        [NotNullWhen(true)] out IdentityName? name,
        [NotNullWhen(false)] out string? error)
    {
        name = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = "The identity name is empty.";
            return false;
        }

        if (KindOf(input) == IdentityKind.EmailAddress)
        {
            var ok = EmailIdentityName.TryCreate(input, out var email, out error);
            name = email;
            return ok;
        }

        var valid = DomainIdentityName.TryCreate(input, out var domain, out error);
        name = domain;
        return valid;
    }

    /// <summary>The check the pages show while an operator types, with the rules the service applies.</summary>
    public static IdentityNameCheck CheckEmail(string? input) =>
        EmailIdentityName.TryCreate(input, out var name, out var error)
            ? new IdentityNameCheck(name.Value, null)
            : new IdentityNameCheck(null, error);

    public static IdentityNameCheck CheckDomain(string? input) =>
        DomainIdentityName.TryCreate(input, out var name, out var error)
            ? new IdentityNameCheck(name.Value, null)
            : new IdentityNameCheck(null, error);

    public sealed override string ToString() => Value;
}
