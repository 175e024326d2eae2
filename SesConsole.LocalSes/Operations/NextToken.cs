using System.Buffers.Text;
using System.Text;
using SesConsole.LocalSes.Protocol;

namespace SesConsole.LocalSes.Operations;

/// <summary>
/// The opaque page token of ListIdentities and ListEmailIdentities: the last name returned plus the scope (type filter,
/// or v2's whole Filter) it was issued for. Paging by name keeps pages stable while identities are added concurrently.
/// </summary>
internal static class NextToken
{
    private const string Prefix = "localses1";

    public static string Encode(string? scope, string lastName) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}\n{scope}\n{lastName}"));

    public static string Decode(string token, string? identityType)
    {
        var (scope, lastName) = Read(token) ?? throw Invalid();
        return scope == (identityType ?? string.Empty)
            ? lastName
            : throw new SesErrorException(SesError.InvalidParameterValue(
                "The NextToken was issued for a different IdentityType; send the same IdentityType on every page."));
    }

    /// <summary>The scope a token was issued for and the last name it carries, or null when it is not a token of ours.</summary>
    public static (string Scope, string LastName)? Read(string token)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('\n', 3);
        }
        catch (FormatException)
        {
            return null;
        }

        return parts.Length == 3 && parts[0] == Prefix && parts[2].Length > 0 ? (parts[1], parts[2]) : null;
    }

    private static SesErrorException Invalid() =>
        new(SesError.InvalidParameterValue("The NextToken is not valid; pass the NextToken of a previous ListIdentities answer unchanged."));
}
