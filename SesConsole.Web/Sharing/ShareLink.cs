namespace SesConsole.Web.Sharing;

/// <summary>One read-only link to a domain's DNS instructions, as stored; the token itself is never stored.</summary>
public sealed class ShareLink
{
    public Guid Id { get; set; }

    public required string Region { get; set; }

    public required string Domain { get; set; }

    public required string CreatedByName { get; set; }

    public required string CreatedByObjectId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
