namespace SesConsole.Web.Sharing;

public enum ShareLinkState
{
    Active,
    Expired,
    Revoked,
}

/// <param name="Path">The link's path with a fresh token (<c>/share/dns/…</c>) while it is active; null otherwise.</param>
public sealed record ShareLinkInfo(
    Guid Id,
    string Region,
    string Domain,
    string CreatedByName,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    ShareLinkState State,
    string? Path);

/// <summary>What a valid token leads to: the one domain the public page may show.</summary>
public sealed record SharedDomain(Guid LinkId, string Region, string Domain, DateTimeOffset ExpiresAt);

/// <summary>The <c>Sharing</c> configuration section.</summary>
public sealed class ShareLinkOptions
{
    public const string SectionName = "Sharing";

    /// <summary>Requests one client may make to share pages per minute: each view asks SES, each check asks DNS.</summary>
    public int RequestsPerMinutePerClient { get; set; } = 30;

    /// <summary>Requests all clients together may make to share pages per minute: a ceiling when many addresses ask at once.</summary>
    public int RequestsPerMinuteInTotal { get; set; } = 300;
}

/// <summary>The audit action names of share links.</summary>
public static class ShareLinkAuditActions
{
    public const string Created = "ShareLinkCreated";
    public const string Revoked = "ShareLinkRevoked";
}
