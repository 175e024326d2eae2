namespace SesConsole.Web.Security.Sessions;

/// <summary>One signed-in browser session as stored server-side; its cookie holds only <see cref="Key"/>.</summary>
public sealed class AuthSession
{
    public required string Key { get; set; }

    public required string PersonObjectId { get; set; }

    public required string PersonName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The absolute end of the session; it is never extended.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The authentication ticket, protected with Data Protection.</summary>
    public required byte[] Ticket { get; set; }
}
