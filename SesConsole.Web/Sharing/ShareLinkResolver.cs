using Microsoft.EntityFrameworkCore;
using SesConsole.Web.Data;

namespace SesConsole.Web.Sharing;

public sealed class ShareLinkResolver(
    ShareLinkTokens tokens, IDbContextFactory<SesConsoleDbContext> contexts, TimeProvider time) : IShareLinkResolver
{
    public async Task<SharedDomain?> ResolveAsync(string? token, CancellationToken cancellationToken)
    {
        if (!tokens.TryRead(token, out var linkId))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var link = await db.ShareLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (link is null || link.RevokedAt is not null || link.ExpiresAt <= time.GetUtcNow())
        {
            return null;
        }

        return new SharedDomain(link.Id, link.Region, link.Domain, link.ExpiresAt);
    }
}
