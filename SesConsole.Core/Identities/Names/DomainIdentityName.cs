using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities.Names;

/// <summary>
/// A domain identity exactly as SES wants it: lower case, punycode for internationalised labels, no trailing dot,
/// DNS-valid labels. Only <see cref="TryCreate"/> makes one, so an instance is always valid.
/// </summary>
public sealed record DomainIdentityName : IdentityName
{
    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true, AllowUnassigned = false };

    private DomainIdentityName(string value)
        : base(value)
    {
    }

    public override IdentityKind Kind => IdentityKind.Domain;

    /// <summary>Checks and normalises a typed domain name.</summary>
    /// <param name="error">One plain sentence saying what is wrong, when the name is refused.</param>
    public static bool TryCreate(
        string? input,
        [NotNullWhen(true)] out DomainIdentityName? name,
        [NotNullWhen(false)] out string? error) =>
        TryCreate(input, "The domain name", out name, out error);

    /// <summary>
    /// A domain SES already holds. SES holds and lists domains lower case in ASCII (punycode), so the normal form
    /// is the name SES listed, unchanged, and any other spelling of it (capitals, the Unicode form of an
    /// internationalised domain) can only mean that name.
    /// </summary>
    internal static bool TryExisting(
        string input,
        [NotNullWhen(true)] out DomainIdentityName? name,
        [NotNullWhen(false)] out string? error)
    {
        name = null;
        error = CheckAndNormalize(input, "The domain name", out var normalized);
        if (error is not null)
        {
            return false;
        }

        name = new DomainIdentityName(normalized!);
        return true;
    }

    /// <param name="subject">How refusals name the thing checked ("The domain name", "The domain after '@'").</param>
    internal static bool TryCreate(
        string? input,
        string subject,
        [NotNullWhen(true)] out DomainIdentityName? name,
        [NotNullWhen(false)] out string? error)
    {
        name = null;
        error = CheckAndNormalize(input, subject, out var normalized);
        if (error is not null)
        {
            return false;
        }

        name = new DomainIdentityName(normalized!);
        return true;
    }

    private static string? CheckAndNormalize(string? input, string subject, out string? normalized)
    {
        normalized = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return $"{subject} is empty.";
        }

        if (input.Any(char.IsWhiteSpace))
        {
            return $"{subject} contains a space; domain names cannot contain spaces.";
        }

        if (input.Any(char.IsControl))
        {
            return $"{subject} contains a control character.";
        }

        // SES rejects a trailing dot ("Invalid domain name x.com."), but people paste fully qualified names.
        var name = input.EndsWith('.') ? input[..^1] : input;
        var labels = name.Split('.');
        if (labels.Any(label => label.Length == 0))
        {
            return name.Length == 0 || name.StartsWith('.') || name.EndsWith('.')
                ? $"{subject} has an empty label (it starts or ends with a dot)."
                : $"{subject} has an empty label (two dots in a row).";
        }

        // Plain ASCII labels are checked before the IDN conversion, which would only say "invalid".
        foreach (var label in labels.Where(IsAscii))
        {
            var labelError = CheckAsciiLabel(label, subject);
            if (labelError is not null)
            {
                return labelError;
            }
        }

        if (IsAscii(name) && name.Length > SesLimits.MaxDomainLength)
        {
            return $"{subject} is {name.Length} characters long; a domain name can have at most {SesLimits.MaxDomainLength}.";
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(name).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return $"{subject} contains characters that cannot be turned into an internationalised (punycode) domain name.";
        }

        var asciiLabels = ascii.Split('.');
        foreach (var label in asciiLabels)
        {
            var labelError = CheckAsciiLabel(label, subject);
            if (labelError is not null)
            {
                return labelError;
            }
        }

        if (ascii.Length > SesLimits.MaxDomainLength)
        {
            return $"{subject} is {ascii.Length} characters long; a domain name can have at most {SesLimits.MaxDomainLength}.";
        }

        if (asciiLabels.Length < 2)
        {
            return $"{subject} needs at least two labels, like example.com.";
        }

        normalized = ascii;
        return null;
    }

    private static string? CheckAsciiLabel(string label, string subject)
    {
        if (label.Length == 0)
        {
            return $"{subject} has an empty label (two dots in a row).";
        }

        if (label.Length > SesLimits.MaxLabelLength)
        {
            return $"{subject} has a label of {label.Length} characters; each part between dots can have at most {SesLimits.MaxLabelLength}.";
        }

        var bad = label.FirstOrDefault(c => !IsLetterDigitOrHyphen(c));
        if (bad != default)
        {
            return $"{subject} contains '{bad}'; only letters, digits, hyphens and dots are allowed.";
        }

        if (label.StartsWith('-') || label.EndsWith('-'))
        {
            return $"{subject} has a label that starts or ends with a hyphen ('{label}').";
        }

        return null;
    }

    private static bool IsAscii(string label) => Ascii.IsValid(label);

    private static bool IsLetterDigitOrHyphen(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
