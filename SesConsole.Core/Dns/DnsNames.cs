using System.Text.RegularExpressions;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Dns;

internal static partial class DnsNames
{
    public static string Normalize(string name) => name.TrimEnd('.').ToLowerInvariant();

    public static bool Same(string a, string b) => Normalize(a) == Normalize(b);

    /// <summary>Whether an answer's owner name is <paramref name="name"/>: compared as sent on the wire (punycode for
    /// an IDN, as SES lists it) as well as in the client's decoded (Unicode) form.</summary>
    public static bool Same(DnsClient.DnsString owner, string name) => Same(owner.Original, name) || Same(owner.Value, name);

    /// <summary>The name as it is typed into a DNS host's form: without the domain suffix ("_amazonses", "mail").</summary>
    public static string Relative(string name, string domain) =>
        name == domain ? "@" : name[..^(domain.Length + 1)];

    public static bool IsWithin(string name, string domain) => name == domain || name.EndsWith("." + domain, StringComparison.Ordinal);

    /// <summary>Lower-case LDH labels (and the underscore labels SES uses), at least two labels, at most 253 characters.</summary>
    public static bool IsValid(string name) => name.Length <= SesLimits.MaxDomainLength && ValidName().IsMatch(name);

    [GeneratedRegex(@"^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex ValidName();
}
