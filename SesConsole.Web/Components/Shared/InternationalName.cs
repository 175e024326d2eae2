using System.Globalization;

namespace SesConsole.Web.Components.Shared;

/// <summary>
/// SES stores internationalised domains as punycode (<c>xn--bcher-kva.example</c>); people recognise them in their
/// own script (<c>bücher.example</c>). Pages show both.
/// </summary>
public static class InternationalName
{
    private static readonly IdnMapping Idn = new();

    /// <summary>The Unicode form of an identity whose domain has punycode labels; null when it reads the same.</summary>
    public static string? UnicodeFormOf(string identity)
    {
        var at = identity.LastIndexOf('@');
        var domain = at >= 0 ? identity[(at + 1)..] : identity;
        if (!domain.Contains("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var unicode = Idn.GetUnicode(domain);
            return at >= 0 ? identity[..(at + 1)] + unicode : unicode;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
