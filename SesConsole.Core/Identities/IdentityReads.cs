using Microsoft.Extensions.Logging;
using SesConsole.Core.Identities.Names;
using SesConsole.Core.Index;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>
/// The identity reads of one operator's session (scoped). The grid's reads (lists, statuses) answer from the
/// <see cref="IIdentityIndex"/> alone and never call SES; the sync keeps the index in step. Details and DKIM reads
/// ask SES and write what they learn through to the index.
/// </summary>
public sealed partial class IdentityReads(
    IIdentityIndex identityIndex,
    IndexWriteThrough index,
    IdentityIndexSync sync,
    ISesClientFactory clients,
    RegionDirectory regions,
    ILogger<IdentityReads> logger,
    IVerificationHistory? verificationHistory = null,
    ISesV2ClientFactory? v2Clients = null) : IIdentityReads
{
    private readonly ISesV2ClientFactory? _v2Clients = v2Clients;
    private readonly IIdentityIndex _identityIndex = identityIndex;
    private readonly IndexWriteThrough _index = index;
    private readonly IdentityIndexSync _sync = sync;
    private readonly ISesClientFactory _clients = clients;
    private readonly RegionDirectory _regions = regions;
    private readonly ILogger<IdentityReads> _logger = logger;
    private readonly IVerificationHistory? _verificationHistory = verificationHistory;

    public IReadOnlyList<string> Regions => _regions.All;

    public IdentityNameCheck CheckEmailAddress(string? input) => IdentityName.CheckEmail(input);

    public IdentityNameCheck CheckDomain(string? input) => IdentityName.CheckDomain(input);

    public void RequestSync(string region)
    {
        if (_regions.TryResolve(region, out var resolved, out _))
        {
            _sync.RequestFullSync(resolved);
        }
    }

    public async Task<RegionSyncState> SyncStateAsync(string region, CancellationToken cancellationToken)
    {
        var states = await _identityIndex.SyncStatesAsync(cancellationToken).ConfigureAwait(false);
        return states.FirstOrDefault(s => s.Region == region) ?? RegionSyncState.Never(region);
    }

    public async Task<Outcome<IdentityPage>> ListAsync(string region, IdentityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!_regions.TryResolve(region, out var resolved, out var failure))
        {
            return failure;
        }

        if (CheckPaging(query) is { } invalid)
        {
            return invalid;
        }

        var page = await _identityIndex.QueryAsync(resolved, query, cancellationToken).ConfigureAwait(false);
        var state = await SyncStateAsync(resolved, cancellationToken).ConfigureAwait(false);
        // Until the first complete listing, the index holds only what has been read so far: the total is a lower bound.
        return new IdentityPage(Summaries(page), page.TotalCount, state.EverSynced && page.TotalIsExact, state);
    }

    public async Task<Outcome<IdentityPage>> ListAllRegionsAsync(IdentityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (CheckPaging(query) is { } invalid)
        {
            return invalid;
        }

        var page = await _identityIndex.QueryAsync(null, query, cancellationToken).ConfigureAwait(false);
        var states = await _identityIndex.SyncStatesAsync(cancellationToken).ConfigureAwait(false);
        var configured = Regions.ToHashSet(StringComparer.Ordinal);
        // Rows of a region no longer configured stay out of the view.
        var items = Summaries(page).Where(s => configured.Contains(s.Region!)).ToArray();
        var everSynced = Regions.All(r => states.Any(s => s.Region == r && s.EverSynced));
        return new IdentityPage(items, page.TotalCount, everSynced && page.TotalIsExact);
    }

    private static IdentitySummary[] Summaries(IndexPage page) =>
        page.Items.Select(i => new IdentitySummary(i.Name, i.Kind, i.Status, i.Region, i.DkimStatus, i.MissingFeedbackTopics)).ToArray();

    private static Failure? CheckPaging(IdentityQuery query)
    {
        if (query.PageIndex < 0)
        {
            return Invalid("The page number cannot be negative.", nameof(IdentityQuery.PageIndex));
        }

        if (query.PendingOver is { } age && age <= TimeSpan.Zero)
        {
            return Invalid("\"Pending longer than\" needs an age above zero.", nameof(IdentityQuery.PendingOver));
        }

        return query.PageSize is < 1 or > SesLimits.ListPageSize
            ? Invalid($"The page size must be between 1 and {SesLimits.ListPageSize}.", nameof(IdentityQuery.PageSize))
            : null;
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
        var known = (await _identityIndex.GetAsync(resolved, names, cancellationToken).ConfigureAwait(false))
            .ToDictionary(i => i.Name, i => i.Status, StringComparer.Ordinal);
        // A name the index no longer holds was deleted: nothing is started for it.
        return names.ToDictionary(n => n, n => known.GetValueOrDefault(n, VerificationStatus.NotStarted), StringComparer.Ordinal);
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
