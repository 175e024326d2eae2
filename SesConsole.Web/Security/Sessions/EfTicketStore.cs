using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using SesConsole.Core.Operators;
using SesConsole.Web.Data;

namespace SesConsole.Web.Security.Sessions;

/// <summary>
/// Authentication tickets in the console's database: the cookie carries only a random key, so signing out (which
/// removes the row) ends the session for every copy of the cookie, and an Admin can end a person's sessions.
/// Every session ends at its absolute lifetime.
/// </summary>
public sealed class EfTicketStore(
    IDbContextFactory<SesConsoleDbContext> contexts,
    IDataProtectionProvider dataProtection,
    IOptions<SessionOptions> options,
    TimeProvider time) : ITicketStore, ISessionRegistry, IOperatorPresence
{
    private const int PersonObjectIdLength = 64;

    private readonly IDataProtector _protector = dataProtection.CreateProtector("SesConsole.AuthSessions.v1");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        if (ticket.Principal.Identity is ClaimsIdentity identity)
        {
            foreach (var old in identity.FindAll(SessionClaims.SessionKey).ToList())
            {
                identity.RemoveClaim(old);
            }

            identity.AddClaim(new Claim(SessionClaims.SessionKey, key));
        }

        var now = time.GetUtcNow();
        var expiresAt = MinExpiry(ticket.Properties.ExpiresUtc, now + options.Value.AbsoluteLifetime);
        ticket.Properties.ExpiresUtc = expiresAt;
        await using var db = await contexts.CreateDbContextAsync();
        db.AuthSessions.Add(new AuthSession
        {
            Key = key,
            PersonObjectId = Truncate(ticket.Principal.GetObjectId() ?? ticket.Principal.GetNameIdentifierId() ?? "unknown", PersonObjectIdLength),
            PersonName = Truncate(ticket.Principal.Identity?.Name ?? ticket.Principal.GetDisplayName() ?? "unknown", 256),
            CreatedAt = now,
            ExpiresAt = expiresAt,
            Ticket = Protect(ticket),
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var session = await db.AuthSessions.FindAsync(key);
        if (session is null)
        {
            return;
        }

        // A renewal never extends the absolute lifetime.
        ticket.Properties.ExpiresUtc = MinExpiry(ticket.Properties.ExpiresUtc, session.ExpiresAt);
        session.Ticket = Protect(ticket);
        await db.SaveChangesAsync();
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var session = await db.AuthSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key);
        if (session is null || session.ExpiresAt <= time.GetUtcNow())
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(session.Ticket));
        }
        catch (CryptographicException)
        {
            // Keys rotated away or a tampered row: no session.
            return null;
        }
    }

    public async Task RemoveAsync(string key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.AuthSessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    public async Task<bool> IsLiveAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuthSessions.AnyAsync(s => s.Key == key && s.ExpiresAt > now, cancellationToken);
    }

    /// <summary>A person is signed in while they have a live session; a bulk job they started asks before each line.</summary>
    public async Task<bool> IsSignedInAsync(string objectId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var person = Truncate(objectId, PersonObjectIdLength);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuthSessions.AnyAsync(s => s.PersonObjectId == person && s.ExpiresAt > now, cancellationToken);
    }

    public async Task<IReadOnlyList<SignedInPersonSessions>> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = await db.AuthSessions.AsNoTracking()
            .Where(s => s.ExpiresAt > now)
            .Select(s => new { s.PersonObjectId, s.PersonName, s.CreatedAt, s.ExpiresAt })
            .ToListAsync(cancellationToken);
        return live
            .GroupBy(s => s.PersonObjectId, StringComparer.Ordinal)
            .Select(g => new SignedInPersonSessions(
                g.Key, g.OrderByDescending(s => s.CreatedAt).First().PersonName, g.Count(), g.Max(s => s.CreatedAt), g.Max(s => s.ExpiresAt)))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<int> EndAllAsync(string personObjectId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuthSessions.Where(s => s.PersonObjectId == personObjectId).ExecuteDeleteAsync(cancellationToken);
    }

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static DateTimeOffset MinExpiry(DateTimeOffset? fromTicket, DateTimeOffset limit) =>
        fromTicket is { } expires && expires < limit ? expires : limit;

    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}
