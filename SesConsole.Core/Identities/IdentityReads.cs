using Microsoft.Extensions.Logging;
using SesConsole.Core.Identities.Names;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>
/// The identity reads of one operator's session (scoped): lists and statuses go through the shared
/// <see cref="IdentityCatalog"/>, so every operator shares one cache and one SES budget.
/// </summary>
public sealed partial class IdentityReads(
    IdentityCatalog catalog,
    ISesClientFactory clients,
    RegionDirectory regions,
    ILogger<IdentityReads> logger,
    IVerificationHistory? verificationHistory = null) : IIdentityReads
{
    private readonly IdentityCatalog _catalog = catalog;
    private readonly ISesClientFactory _clients = clients;
    private readonly RegionDirectory _regions = regions;
    private readonly ILogger<IdentityReads> _logger = logger;
    private readonly IVerificationHistory? _verificationHistory = verificationHistory;

    public IReadOnlyList<string> Regions => _regions.All;

    public IdentityNameCheck CheckEmailAddress(string? input) => IdentityName.CheckEmail(input);

    public IdentityNameCheck CheckDomain(string? input) => IdentityName.CheckDomain(input);

    public void InvalidateCache(string region)
    {
        if (_regions.TryResolve(region, out var resolved, out _))
        {
            _catalog.Invalidate(resolved);
        }
    }

    public async Task<Outcome<IdentityPage>> ListAsync(string region, IdentityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!_regions.TryResolve(region, out var resolved, out var failure))
        {
            return failure;
        }

        if (query.PageIndex < 0)
        {
            return Invalid("The page number cannot be negative.", nameof(IdentityQuery.PageIndex));
        }

        if (query.PageSize is < 1 or > SesLimits.ListPageSize)
        {
            return Invalid($"The page size must be between 1 and {SesLimits.ListPageSize}.", nameof(IdentityQuery.PageSize));
        }

        return await SesReads.RunAsync(_logger, "ListIdentities", resolved, async () => Outcome<IdentityPage>.Success(
            await _catalog.ListAsync(resolved, query, cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);
    }

    public async Task<Outcome<IReadOnlyDictionary<string, VerificationStatus>>> RefreshStatusesAsync(
        string region, IReadOnlyCollection<string> identities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identities);
        if (!_regions.TryResolve(region, out var resolved, out var failure))
        {
            return failure;
        }

        var names = identities.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToArray();
        return await SesReads.RunAsync(_logger, "GetIdentityVerificationAttributes", resolved, async () =>
            Outcome<IReadOnlyDictionary<string, VerificationStatus>>.Success(
                await _catalog.RefreshStatusesAsync(resolved, names, cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);
    }

    public async Task<Outcome<IReadOnlyDictionary<string, DkimInfo>>> GetDkimStatusesAsync(
        string region, IReadOnlyCollection<string> domains, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domains);
        if (!_regions.TryResolve(region, out var resolved, out var failure))
        {
            return failure;
        }

        var names = domains
            .Where(n => !string.IsNullOrWhiteSpace(n) && IdentityName.KindOf(n) == IdentityKind.Domain)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return await SesReads.RunAsync(_logger, "GetIdentityDkimAttributes", resolved, async () =>
        {
            var client = _clients.ForRegion(resolved);
            var result = new Dictionary<string, DkimInfo>(StringComparer.Ordinal);
            foreach (var batch in names.Chunk(SesLimits.AttributeBatchSize))
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

    private static Failure Invalid(string message, string field) => new(FailureKind.InvalidInput, message, Field: field);
}
