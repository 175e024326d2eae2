using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace SesConsole.Web.Sharing;

/// <summary>
/// Turns a link id into the token in the link's URL and back: Data Protection makes it tamper-proof and
/// time-limited. The stored link stays the authority (it can be revoked); the token only names it.
/// </summary>
public sealed class ShareLinkTokens(IDataProtectionProvider dataProtection)
{
    public const string Purpose = "SesConsole.Sharing.DnsShareLink.v1";

    private readonly ITimeLimitedDataProtector _protector = dataProtection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public string Create(Guid linkId, DateTimeOffset expiresAt) =>
        _protector.Protect(linkId.ToString("N", CultureInfo.InvariantCulture), expiresAt);

    /// <summary>False for anything that is not an unexpired token made by this app: tampered, expired, garbage.</summary>
    public bool TryRead(string? token, out Guid linkId)
    {
        linkId = Guid.Empty;
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1024)
        {
            return false;
        }

        try
        {
            return Guid.TryParseExact(_protector.Unprotect(token, out _), "N", out linkId);
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
