using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Identities;
using SesConsole.Core.Identities.Names;
using SesConsole.Web.Data;

namespace SesConsole.Web.Sharing;

/// <summary>Share links of the console's own database. Who may manage them, the region and domain names, and the audit
/// rows are Core's: every creation and revocation opens through its <see cref="ChangeGate"/>.</summary>
public sealed class ShareLinkService(
    ChangeGate gate,
    RegionDirectory regions,
    IIdentityReads identities,
    ShareLinkTokens tokens,
    IDbContextFactory<SesConsoleDbContext> contexts,
    TimeProvider time,
    ILogger<ShareLinkService> logger) : IShareLinkService
{
    private static readonly Failure NotAnAdmin = new(FailureKind.AccessDenied, "Only an Admin can create, see or revoke share links.");

    public Task<bool> CanManageAsync(CancellationToken cancellationToken) => gate.AllowsCurrentOperatorAsync(cancellationToken);

    public async Task<Outcome<ShareLinkInfo>> CreateAsync(
        string region, string domain, int validDays, CancellationToken cancellationToken)
    {
        var opened = await gate.OpenAsync(ShareLinkAuditActions.Created, region, domain, kind: null, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Failure;
        }

        var (attempt, name) = opened.Value;
        var refusal = validDays is < 1 or > IShareLinkService.MaxValidDays
            ? new Failure(FailureKind.InvalidInput,
                $"A link can be valid for 1 to {IShareLinkService.MaxValidDays} days, not {validDays}.", Field: "validDays")
            : name.Kind != IdentityKind.Domain
                ? new Failure(FailureKind.InvalidInput, "Only a domain has DNS records to share.", Field: "domain")
                : null;
        if (refusal is null)
        {
            var details = await identities.GetDetailsAsync(attempt.Region, name.Value, cancellationToken);
            refusal = details.Failure;
        }

        if (refusal is not null)
        {
            return await attempt.RefuseAsync(refusal, cancellationToken);
        }

        var now = time.GetUtcNow();
        var link = new ShareLink
        {
            Id = Guid.NewGuid(),
            Region = attempt.Region,
            Domain = name.Value,
            CreatedByName = attempt.Actor!.Name,
            CreatedByObjectId = attempt.Actor.ObjectId,
            CreatedAt = now,
            ExpiresAt = now.AddDays(validDays),
        };
        return await attempt.RunAsync(
            async () =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                db.ShareLinks.Add(link);
                if (await SaveAsync(db, cancellationToken) is { } busy)
                {
                    return busy;
                }

                logger.LogInformation("Share link {LinkId} for {Domain} in {Region} created by {Operator}, valid until {ExpiresAt}",
                    link.Id, link.Domain, link.Region, link.CreatedByName, link.ExpiresAt);
                return Outcome<ShareLinkInfo>.Success(ToInfo(link, now));
            },
            _ => null,
            Detail(link),
            cancellationToken);
    }

    public async Task<Outcome<IReadOnlyList<ShareLinkInfo>>> ListAsync(
        string region, string domain, CancellationToken cancellationToken)
    {
        if (!await gate.AllowsCurrentOperatorAsync(cancellationToken))
        {
            return NotAnAdmin;
        }

        if (!regions.TryResolve(region, out var regionName, out var failure)
            // The domain as SES holds it (the details page's name), byte for byte like every name SES gave us.
            || !IdentityNames.TryExisting(domain, out var name, out failure))
        {
            return failure;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var links = await db.ShareLinks.AsNoTracking()
            .Where(l => l.Region == regionName && l.Domain == name.Value)
            .OrderByDescending(l => l.CreatedAt)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return links.Select(l => ToInfo(l, now)).ToList();
    }

    public async Task<Outcome<Done>> RevokeAsync(Guid linkId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        var admitted = await gate.AdmitAsync(ShareLinkAuditActions.Revoked, link?.Region, link?.Domain, cancellationToken);
        if (!admitted.Succeeded)
        {
            return admitted.Failure;
        }

        if (link is null)
        {
            return new Failure(FailureKind.NotFound, "That link does not exist (any more).");
        }

        if (link.RevokedAt is not null)
        {
            return new Done(null);
        }

        return await admitted.Value.RunAsync(
            async () =>
            {
                link.RevokedAt = time.GetUtcNow();
                if (await SaveAsync(db, cancellationToken) is { } busy)
                {
                    return busy;
                }

                logger.LogInformation("Share link {LinkId} for {Domain} in {Region} revoked by {Operator}",
                    link.Id, link.Domain, link.Region, admitted.Value.Actor!.Name);
                return Outcome<Done>.Success(new Done(null));
            },
            _ => null,
            Detail(link),
            cancellationToken);
    }

    /// <summary>Saves a link change; a database that refuses it (busy, locked) is an answer, never an exception.</summary>
    private async Task<Failure?> SaveAsync(SesConsoleDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException ex)
        {
            logger.LogError(ex, "The console database refused a share-link change");
            return new Failure(FailureKind.Unavailable, "The console database is busy, so the link was not changed. Try again in a moment.");
        }
    }

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
}
