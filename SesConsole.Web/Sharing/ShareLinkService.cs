using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Web.Data;

namespace SesConsole.Web.Sharing;

public sealed class ShareLinkService(
    ICurrentOperator currentOperator,
    IIdentityReads identities,
    IAuditTrail audit,
    ShareLinkTokens tokens,
    IDbContextFactory<SesConsoleDbContext> contexts,
    TimeProvider time,
    ILogger<ShareLinkService> logger) : IShareLinkService
{
    public async Task<bool> CanManageAsync(CancellationToken cancellationToken) =>
        await currentOperator.GetAsync(cancellationToken) is { CanMutate: true };

    public async Task<Outcome<ShareLinkInfo>> CreateAsync(
        string region, string domain, int validDays, CancellationToken cancellationToken)
    {
        var actor = await currentOperator.GetAsync(cancellationToken);
        if (Refusal(actor) is { } refusal)
        {
            await RecordAsync(actor, region, domain, ShareLinkAuditActions.Created, AuditOutcome.Refused, refusal.Message, cancellationToken);
            return refusal;
        }

        if (validDays is < 1 or > IShareLinkService.MaxValidDays)
        {
            return new Failure(FailureKind.InvalidInput,
                $"A link can be valid for 1 to {IShareLinkService.MaxValidDays} days, not {validDays}.", Field: "validDays");
        }

        var details = await identities.GetDetailsAsync(region, domain, cancellationToken);
        if (!details.Succeeded)
        {
            return details.Failure;
        }

        if (details.Value.Kind != IdentityKind.Domain)
        {
            return new Failure(FailureKind.InvalidInput, "Only a domain has DNS records to share.", Field: "domain");
        }

        var now = time.GetUtcNow();
        var link = new ShareLink
        {
            Id = Guid.NewGuid(),
            // The identity service's own names: the region as configured, the domain normalized.
            Region = identities.Regions.FirstOrDefault(r => string.Equals(r, region.Trim(), StringComparison.OrdinalIgnoreCase)) ?? region.Trim(),
            Domain = details.Value.Name,
            CreatedByName = actor!.Name,
            CreatedByObjectId = actor.ObjectId,
            CreatedAt = now,
            ExpiresAt = now.AddDays(validDays),
        };
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.ShareLinks.Add(link);
            await db.SaveChangesAsync(cancellationToken);
        }

        await RecordAsync(actor, link.Region, link.Domain, ShareLinkAuditActions.Created, AuditOutcome.Succeeded,
            Detail(link), cancellationToken);
        logger.LogInformation("Share link {LinkId} for {Domain} in {Region} created by {Operator}, valid until {ExpiresAt}",
            link.Id, link.Domain, link.Region, actor.Name, link.ExpiresAt);
        return ToInfo(link, now);
    }

    public async Task<Outcome<IReadOnlyList<ShareLinkInfo>>> ListAsync(
        string region, string domain, CancellationToken cancellationToken)
    {
        if (Refusal(await currentOperator.GetAsync(cancellationToken)) is { } refusal)
        {
            return refusal;
        }

        var name = (domain ?? string.Empty).Trim().TrimEnd('.').ToLowerInvariant();
        var regionName = (region ?? string.Empty).Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var links = await db.ShareLinks.AsNoTracking()
            .Where(l => l.Region == regionName && l.Domain == name)
            .OrderByDescending(l => l.CreatedAt)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return links.Select(l => ToInfo(l, now)).ToList();
    }

    public async Task<Outcome<Done>> RevokeAsync(Guid linkId, CancellationToken cancellationToken)
    {
        var actor = await currentOperator.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (Refusal(actor) is { } refusal)
        {
            await RecordAsync(actor, link?.Region ?? string.Empty, link?.Domain ?? string.Empty,
                ShareLinkAuditActions.Revoked, AuditOutcome.Refused, $"Link {linkId}: {refusal.Message}", cancellationToken);
            return refusal;
        }

        if (link is null)
        {
            return new Failure(FailureKind.NotFound, "That link does not exist (any more).");
        }

        if (link.RevokedAt is null)
        {
            link.RevokedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await RecordAsync(actor, link.Region, link.Domain, ShareLinkAuditActions.Revoked, AuditOutcome.Succeeded,
                Detail(link), cancellationToken);
            logger.LogInformation("Share link {LinkId} for {Domain} in {Region} revoked by {Operator}",
                link.Id, link.Domain, link.Region, actor!.Name);
        }

        return new Done(null);
    }

    private static Failure? Refusal(OperatorInfo? actor) => actor switch
    {
        null => new Failure(FailureKind.AccessDenied, "You are not signed in, so you cannot manage share links."),
        { CanMutate: false } => new Failure(FailureKind.AccessDenied, "Only an Admin can create, see or revoke share links."),
        _ => null,
    };

    private static string Detail(ShareLink link) =>
        string.Create(CultureInfo.InvariantCulture, $"Link {link.Id}, expires {link.ExpiresAt:yyyy-MM-dd HH:mm} UTC");

    private ShareLinkInfo ToInfo(ShareLink link, DateTimeOffset now)
    {
        var state = link.RevokedAt is not null ? ShareLinkState.Revoked
            : link.ExpiresAt <= now ? ShareLinkState.Expired
            : ShareLinkState.Active;
        var path = state == ShareLinkState.Active ? SharedDnsEndpoints.PagePath(tokens.Create(link.Id, link.ExpiresAt)) : null;
        return new ShareLinkInfo(link.Id, link.Region, link.Domain, link.CreatedByName, link.CreatedAt, link.ExpiresAt,
            link.RevokedAt, state, path);
    }

    private Task RecordAsync(
        OperatorInfo? actor, string region, string domain, string action, AuditOutcome outcome, string detail,
        CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEntry(
            time.GetUtcNow(), actor?.ObjectId ?? "anonymous", actor?.Name ?? "anonymous", region, domain, action, outcome,
            detail, null), cancellationToken);
}
