using System.Buffers.Text;
using System.Text;
using SesConsole.LocalSes.Protocol;

namespace SesConsole.LocalSes.Operations;

/// <summary>
/// The opaque ListIdentities page token: the last name returned plus the type filter it was issued for. Paging by
/// name keeps pages stable while identities are added concurrently.
/// </summary>
internal static class NextToken
{
    private const string Prefix = "localses1";

    public static string Encode(string? identityType, string lastName) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}\n{identityType}\n{lastName}"));

    public static string Decode(string token, string? identityType)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('\n', 3);
        }
        catch (FormatException)
        {
            throw Invalid();
        }

        if (parts.Length != 3 || parts[0] != Prefix || parts[2].Length == 0)
        {
            throw Invalid();
        }

        return parts[1] == (identityType ?? string.Empty)
            ? parts[2]
            : throw new SesErrorException(SesError.InvalidParameterValue(
                "The NextToken was issued for a different IdentityType; send the same IdentityType on every page."));
    }

    private static SesErrorException Invalid() =>
        new(SesError.InvalidParameterValue("The NextToken is not valid; pass the NextToken of a previous ListIdentities answer unchanged."));
}
