using SesConsole.Core.Identities;

namespace SesConsole.Web.Sharing;

/// <summary>
/// What an Admin does with share links on the identity details page. Every call re-checks that the current operator
/// is an Admin; Viewers are refused (and creation/revocation attempts are audited).
/// </summary>
public interface IShareLinkService
{
    public const int DefaultValidDays = 7;
    public const int MaxValidDays = 30;

    /// <summary>True when the current operator may see, create and revoke links.</summary>
    Task<bool> CanManageAsync(CancellationToken cancellationToken);

    /// <param name="validDays">1..30.</param>
    Task<Outcome<ShareLinkInfo>> CreateAsync(string region, string domain, int validDays, CancellationToken cancellationToken);

    /// <summary>The domain's links, newest first, active or not.</summary>
    Task<Outcome<IReadOnlyList<ShareLinkInfo>>> ListAsync(string region, string domain, CancellationToken cancellationToken);

    Task<Outcome<Done>> RevokeAsync(Guid linkId, CancellationToken cancellationToken);
}

/// <summary>What the public page may ask: which domain a token leads to, if the link is still valid.</summary>
public interface IShareLinkResolver
{
    /// <summary>Null for an unknown, tampered, expired or revoked link: the caller must not tell these apart.</summary>
    Task<SharedDomain?> ResolveAsync(string? token, CancellationToken cancellationToken);
}
