using System.Globalization;
using SesConsole.LocalSes.Protocol;

namespace SesConsole.LocalSes.Identities;

/// <summary>SES's rules for identity names: domains are lower-cased ASCII/punycode, email addresses keep their case.</summary>
internal static class IdentityNames
{
    private const int MaxDomainLength = 253;
    private const int MaxLabelLength = 63;
    private const int MaxLocalPartLength = 64;
    private const int MaxEmailLength = 320;
    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    public static bool LooksLikeEmail(string identity) => identity.Contains('@', StringComparison.Ordinal);

    /// <summary>The key an identity is stored under; no validation, so unknown or malformed names simply match nothing.</summary>
    public static string Key(string identity) => LooksLikeEmail(identity) ? identity : identity.ToLowerInvariant();

    public static string Domain(string raw)
    {
        var problem = DomainProblem(raw);
        return problem is null
            ? raw.ToLowerInvariant()
            : throw new SesErrorException(SesError.InvalidParameterValue($"Invalid domain name {raw}: {problem}."));
    }

    public static string Email(string raw)
    {
        var problem = EmailProblem(raw);
        return problem is null
            ? raw
            : throw new SesErrorException(SesError.InvalidParameterValue($"Invalid email address {raw}: {problem}."));
    }

    private static string? DomainProblem(string raw)
    {
        if (raw.Length == 0)
        {
            return "the name is empty";
        }

        if (raw.Any(char.IsWhiteSpace))
        {
            return "it contains spaces";
        }

        if (raw.Length > MaxDomainLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it is longer than {MaxDomainLength} characters");
        }

        if (raw.Any(c => c > 127))
        {
            return "it contains non-ASCII characters, so send internationalized names as punycode (xn--...)";
        }

        if (raw.EndsWith('.'))
        {
            return "it ends with a dot";
        }

        if (raw.StartsWith('.') || raw.Contains("..", StringComparison.Ordinal))
        {
            return "it contains an empty label (a leading or double dot)";
        }

        var labels = raw.Split('.');
        if (labels.Length < 2)
        {
            return "it needs at least two labels, like example.com";
        }

        foreach (var label in labels)
        {
            if (label.Length > MaxLabelLength)
            {
                return string.Create(CultureInfo.InvariantCulture, $"the label {label} is longer than {MaxLabelLength} characters");
            }

            if (!label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || label.StartsWith('-') || label.EndsWith('-'))
            {
                return $"the label {label} may hold only letters, digits and inner hyphens";
            }

            if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) && !IsValidPunycode(label))
            {
                return $"the label {label} is not valid punycode";
            }
        }

        return null;
    }

    private static string? EmailProblem(string raw)
    {
        if (raw.Length == 0)
        {
            return "the address is empty";
        }

        if (raw.Any(char.IsWhiteSpace))
        {
            return "it contains spaces";
        }

        if (raw.Length > MaxEmailLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it is longer than {MaxEmailLength} characters");
        }

        var at = raw.LastIndexOf('@');
        if (at < 0 || raw.IndexOf('@', StringComparison.Ordinal) != at)
        {
            return "it must contain exactly one @";
        }

        var local = raw[..at];
        if (local.Length == 0 || local.Length > MaxLocalPartLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the part before @ must be 1 to {MaxLocalPartLength} characters");
        }

        if (local.Any(c => c > 127 || char.IsControl(c) || "()<>[]:;\\,\"".Contains(c, StringComparison.Ordinal)))
        {
            return "the part before @ contains a character SES does not accept";
        }

        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
        {
            return "the part before @ may not start or end with a dot or contain two dots in a row";
        }

        return DomainProblem(raw[(at + 1)..]) is { } domainProblem ? "its domain is invalid: " + domainProblem : null;
    }

    private static bool IsValidPunycode(string label)
    {
        try
        {
            var unicode = Idn.GetUnicode(label);
            return string.Equals(Idn.GetAscii(unicode), label, StringComparison.OrdinalIgnoreCase);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
