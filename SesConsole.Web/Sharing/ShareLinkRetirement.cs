using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Web.Data;

namespace SesConsole.Web.Sharing;

/// <summary>
/// Share links die with their domain: when it is deleted (through the console, or found gone at SES by a share page)
/// every link still live is revoked, one audit row each, and a revoked link never works again, even after the
/// domain is verified anew.
/// </summary>
public sealed class ShareLinkRetirement(
    IDbContextFactory<SesConsoleDbContext> contexts, IAuditTrail audit, TimeProvider time, ILogger<ShareLinkRetirement> logger)
    : IIdentityDeletionFollowUp
{
    public const string SystemActor = "(SesConsole: the domain is gone at SES)";

    public async Task IdentityDeletedAsync(string region, string identity, OperatorInfo? actor, CancellationToken cancellationToken)
    {
        try
        {
            await RevokeAllAsync(region, identity, actor, "the identity was deleted", cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Share links of {Domain} in {Region} could not be revoked after its deletion", identity, region);
        }
    }

    /// <summary>Revokes the live links of <paramref name="domain"/>, each written ahead in the audit trail.</summary>
    public async Task<int> RevokeAllAsync(string region, string domain, OperatorInfo? actor, string reason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var links = await db.ShareLinks.Where(l => l.Region == region && l.Domain == domain && l.RevokedAt == null).ToListAsync(cancellationToken);
        foreach (var link in links)
        {
            var detail = string.Create(CultureInfo.InvariantCulture, $"Link {link.Id}: revoked because {reason}");
            var attempt = await audit.BeginAsync(new AuditEntry(
                time.GetUtcNow(), actor?.ObjectId ?? "system", actor?.Name ?? SystemActor, region, domain,
                ShareLinkAuditActions.Revoked, AuditOutcome.Pending, detail, null), cancellationToken);
            link.RevokedAt = time.GetUtcNow();
            await db.SaveChangesAsync(CancellationToken.None);
            await audit.CompleteAsync(attempt, AuditOutcome.Succeeded, detail, null, CancellationToken.None);
            logger.LogInformation("Share link {LinkId} for {Domain} in {Region} revoked: {Reason}", link.Id, domain, region, reason);
        }

        return links.Count;
    }
}
