using System.Security.Cryptography;

namespace SesConsole.LocalSes.Identities;

/// <summary>Random tokens shaped like SES's: 44-character base64 domain tokens, 32-character DKIM tokens, URL-safe link tokens.</summary>
internal static class TokenGenerator
{
    private const string DkimAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string DomainVerificationToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static IReadOnlyList<string> DkimTokens() => [DkimToken(), DkimToken(), DkimToken()];

    public static string EmailLinkToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string DkimToken() => RandomNumberGenerator.GetString(DkimAlphabet, 32);
}
