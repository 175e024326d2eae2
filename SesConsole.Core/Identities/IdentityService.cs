using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities.Names;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>
/// The identity service of one operator's session (scoped): reads go through the shared
/// <see cref="IdentityCatalog"/>, changes are checked against the current operator's role and audited.
/// </summary>
public sealed partial class IdentityService : IIdentityService
{
    private readonly IdentityCatalog catalog;
    private readonly ISesClientFactory clients;
    private readonly ICurrentOperator currentOperator;
    private readonly IAuditTrail auditTrail;
    private readonly TimeProvider time;
    private readonly SesOptions sesOptions;
    private readonly RegionDirectory regions;
    private readonly ILogger<IdentityService> logger;
    private readonly IVerificationHistory? verificationHistory;

    public IdentityService(
        IdentityCatalog catalog,
        ISesClientFactory clients,
        ICurrentOperator currentOperator,
        IAuditTrail auditTrail,
        TimeProvider time,
        IOptions<SesOptions> sesOptions,
        ILogger<IdentityService> logger,
        IVerificationHistory? verificationHistory = null)
    {
        this.catalog = catalog;
        this.clients = clients;
        this.currentOperator = currentOperator;
        this.auditTrail = auditTrail;
        this.time = time;
        this.sesOptions = sesOptions.Value;
        regions = new RegionDirectory(sesOptions);
        this.logger = logger;
        this.verificationHistory = verificationHistory;
    }

    public IReadOnlyList<string> Regions => regions.All;

    public IdentityNameCheck CheckEmailAddress(string? input) => IdentityName.CheckEmail(input);

    public IdentityNameCheck CheckDomain(string? input) => IdentityName.CheckDomain(input);

    public void InvalidateCache(string region)
    {
        if (regions.TryResolve(region, out var resolved, out _))
        {
            catalog.Invalidate(resolved);
        }
    }

    public async Task<Outcome<IdentityPage>> ListAsync(string region, IdentityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!regions.TryResolve(region, out var resolved, out var failure))
        {
            return failure;
        }

        if (query.PageIndex < 0)
        {
            return Invalid("The page number cannot be negative.", nameof(IdentityQuery.PageIndex));
        }

        if (query.PageSize is < 1 or > 1000)
        {
            return Invalid("The page size must be between 1 and 1000.", nameof(IdentityQuery.PageSize));
        }

        return await ReadAsync(
            "ListIdentities",
            resolved,
            async () => Outcome<IdentityPage>.Success(
                await catalog.ListAsync(resolved, query, cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);
    }

    public async Task<Outcome<IReadOnlyDictionary<string, VerificationStatus>>> RefreshStatusesAsync(
        string region, IReadOnlyCollection<string> identities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identities);
        if (!regions.TryResolve(region, out var resolved, out var failure))
        {
            return failure;
        }

        var names = identities.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToArray();
        return await ReadAsync(
            "GetIdentityVerificationAttributes",
            resolved,
            async () => Outcome<IReadOnlyDictionary<string, VerificationStatus>>.Success(
                await catalog.RefreshStatusesAsync(resolved, names, cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);
    }

    public async Task<Outcome<IReadOnlyDictionary<string, DkimInfo>>> GetDkimStatusesAsync(
        string region, IReadOnlyCollection<string> domains, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domains);
        if (!regions.TryResolve(region, out var resolved, out var failure))
        {
            return failure;
        }

        var names = domains
            .Where(n => !string.IsNullOrWhiteSpace(n) && IdentityName.KindOf(n) == IdentityKind.Domain)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return await ReadAsync("GetIdentityDkimAttributes", resolved, async () =>
        {
            var client = clients.ForRegion(resolved);
            var result = new Dictionary<string, DkimInfo>(StringComparer.Ordinal);
            foreach (var batch in names.Chunk(RegionCache.AttributeBatchSize))
            {
                var answer = await client.GetIdentityDkimAttributesAsync(batch, cancellationToken).ConfigureAwait(false);
                foreach (var (name, attributes) in answer.DkimAttributes)
                {
                    result[name] = attributes.ToDkimInfo();
                }
            }

            return Outcome<IReadOnlyDictionary<string, DkimInfo>>.Success(result);
        }).ConfigureAwait(false);
    }

    /// <summary>Runs a read against SES, explaining its failure instead of throwing.</summary>
    private async Task<Outcome<T>> ReadAsync<T>(string operation, string region, Func<Task<Outcome<T>>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (SesCallException ex)
        {
            logger.LogWarning(
                "{Operation} in {Region} failed at SES: {ErrorCode} (request {RequestId})",
                operation, region, ex.ErrorCode, ex.RequestId);
            return SesFailures.From(ex);
        }
    }

    /// <summary>Starts an audited change: refuses (and records) when the operator may not change identities or the
    /// region is not one of ours.</summary>
    private async Task<(MutationAttempt Attempt, Failure? Refusal)> BeginAsync(
        string action, string region, string? identity, CancellationToken cancellationToken)
    {
        var actor = await currentOperator.GetAsync(cancellationToken).ConfigureAwait(false);
        var attempt = new MutationAttempt(auditTrail, time, logger, actor, region ?? string.Empty, identity ?? string.Empty, action);
        if (actor is null)
        {
            var denied = new Failure(FailureKind.AccessDenied, "You are not signed in, so you cannot change identities.");
            return (attempt, await attempt.RefuseAsync(denied, cancellationToken).ConfigureAwait(false));
        }

        if (!actor.CanMutate)
        {
            var denied = new Failure(FailureKind.AccessDenied, "Your role can view identities but not change them.");
            return (attempt, await attempt.RefuseAsync(denied, cancellationToken).ConfigureAwait(false));
        }

        if (!regions.TryResolve(region, out var resolved, out var failure))
        {
            return (attempt, await attempt.RefuseAsync(failure, cancellationToken).ConfigureAwait(false));
        }

        attempt.Region = resolved;
        return (attempt, null);
    }

    private static Failure Invalid(string message, string field) => new(FailureKind.InvalidInput, message, Field: field);
}
