using System.Diagnostics.CodeAnalysis;
using System.Text;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities.Names;

/// <summary>
/// An email address identity as SES wants it: the local part exactly as typed (SES is case-sensitive there),
/// the domain normalised like a <see cref="DomainIdentityName"/>. Only <see cref="TryCreate"/> makes one.
/// </summary>
public sealed record EmailIdentityName : IdentityName
{
    /// <summary>
    /// Characters an unquoted local part may not hold (RFC 5322 "specials"); SES refuses such an address with
    /// InvalidParameterValue, and it does not take quoted local parts either.
    /// </summary>
    public const string ForbiddenLocalPartCharacters = "()<>[]:;\\,\"";

    private EmailIdentityName(string localPart, DomainIdentityName domain)
        : this($"{localPart}@{domain.Value}", localPart, domain)
    {
    }

    private EmailIdentityName(string value, string localPart, DomainIdentityName domain)
        : base(value)
    {
        LocalPart = localPart;
        Domain = domain;
    }

    public override IdentityKind Kind => IdentityKind.EmailAddress;

    public string LocalPart { get; }

    public DomainIdentityName Domain { get; }

    /// <summary>Checks and normalises a typed email address.</summary>
    /// <param name="error">One plain sentence saying what is wrong, when the address is refused.</param>
    public static bool TryCreate(
        string? input,
        [NotNullWhen(true)] out EmailIdentityName? name,
        [NotNullWhen(false)] out string? error)
    {
        name = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = "The email address is empty.";
            return false;
        }

        error = CheckShape(input);
        if (error is not null)
        {
            return false;
        }

        var at = input.IndexOf('@', StringComparison.Ordinal);
        var localPart = input[..at];
        error = CheckLocalPart(localPart);
        if (error is not null)
        {
            return false;
        }

        if (!DomainIdentityName.TryCreate(input[(at + 1)..], "The domain after '@'", out var domain, out error))
        {
            return false;
        }

        name = new EmailIdentityName(localPart, domain);
        return true;
    }

    /// <summary>
    /// An address SES already holds, kept byte for byte (SES keeps the domain part's case too); only its
    /// <see cref="Domain"/> is normalised, for comparisons such as the MAIL FROM parent.
    /// </summary>
    internal static bool TryExisting(
        string input,
        [NotNullWhen(true)] out EmailIdentityName? name,
        [NotNullWhen(false)] out string? error)
    {
        name = null;
        error = CheckShape(input);
        if (error is not null)
        {
            return false;
        }

        var at = input.IndexOf('@', StringComparison.Ordinal);
        if (at == 0)
        {
            error = "The email address has nothing before the '@'.";
            return false;
        }

        if (!DomainIdentityName.TryCreate(input[(at + 1)..], "The domain after '@'", out var domain, out error))
        {
            return false;
        }

        name = new EmailIdentityName(input, input[..at], domain);
        return true;
    }

    private static string? CheckShape(string input)
    {
        if (input.Any(char.IsWhiteSpace))
        {
            return "The email address contains a space.";
        }

        if (input.Any(char.IsControl))
        {
            return "The email address contains a control character.";
        }

        var atCount = input.Count(c => c == '@');
        return atCount switch
        {
            0 => "The email address has no '@'.",
            1 => null,
            _ => "The email address has more than one '@'.",
        };
    }

    private static string? CheckLocalPart(string localPart)
    {
        if (localPart.Length == 0)
        {
            return "The email address has nothing before the '@'.";
        }

        if (Encoding.UTF8.GetByteCount(localPart) > SesLimits.MaxLocalPartLength)
        {
            return $"The part before '@' is longer than {SesLimits.MaxLocalPartLength} characters.";
        }

        var forbidden = localPart.Where(c => ForbiddenLocalPartCharacters.Contains(c, StringComparison.Ordinal)).Distinct().ToList();
        if (forbidden.Count > 0)
        {
            return $"The part before '@' contains {string.Join(" ", forbidden.Select(c => $"'{c}'"))}, which SES does not accept in an address.";
        }

        if (localPart.StartsWith('.') || localPart.EndsWith('.'))
        {
            return "The part before '@' cannot start or end with a dot.";
        }

        if (localPart.Contains("..", StringComparison.Ordinal))
        {
            return "The part before '@' has two dots in a row.";
        }

        return null;
    }
}
