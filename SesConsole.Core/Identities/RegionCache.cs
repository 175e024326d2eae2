using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>
/// What one region's SES has told us: names in SES's listing order (with where the listing stopped) and
/// verification statuses with the time they were fetched. Thread-safe; concurrent callers wanting the same
/// SES data wait for one fetch instead of repeating it.
/// </summary>
internal sealed class RegionCache(DateTimeOffset createdAt)
{
    private readonly object _gate = new();
    private readonly List<string> _names = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StatusEntry> _statuses = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _listing = new(1, 1);
    private readonly SemaphoreSlim _statusFetch = new(1, 1);
    private string? _nextToken;
    private bool _listed;
    private bool _complete;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>Lists SES until at least <paramref name="needed"/> names are known or SES has no more.</summary>
    public async Task EnsureNamesAsync(ISesClient client, long needed, CancellationToken cancellationToken)
    {
        if (HasNames(needed))
        {
            return;
        }

        await _listing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (!HasNames(needed))
            {
                string? token;
                lock (_gate)
                {
                    token = _nextToken;
                }

                var page = await client.ListIdentitiesAsync(
                    new ListIdentitiesRequest(MaxItems: SesLimits.ListPageSize, NextToken: token), cancellationToken).ConfigureAwait(false);
                lock (_gate)
                {
                    foreach (var name in page.Identities)
                    {
                        if (!_deleted.Contains(name) && _known.Add(name))
                        {
                            _names.Add(name);
                        }
                    }

                    _nextToken = page.NextToken;
                    _complete = string.IsNullOrEmpty(page.NextToken);
                    _listed = true;
                }
            }
        }
        finally
        {
            _listing.Release();
        }
    }

    /// <summary>Fetches, in batches of 100, the statuses of <paramref name="wanted"/> that are missing or older than
    /// <paramref name="freshFor"/>.</summary>
    public async Task EnsureStatusesAsync(
        ISesClient client, IReadOnlyCollection<string> wanted, DateTimeOffset now, TimeSpan freshFor, CancellationToken cancellationToken)
    {
        if (Stale(wanted, now, freshFor).Count == 0)
        {
            return;
        }

        await _statusFetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have fetched them while this one waited.
            await FetchStatusesAsync(client, Stale(wanted, now, freshFor), now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _statusFetch.Release();
        }
    }

    /// <summary>Fetches the statuses of <paramref name="identities"/> now, whatever is cached, and returns them.</summary>
    public async Task<IReadOnlyDictionary<string, VerificationStatus>> FetchStatusesAsync(
        ISesClient client, IReadOnlyList<string> identities, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, VerificationStatus>(StringComparer.Ordinal);
        foreach (var batch in identities.Chunk(SesLimits.AttributeBatchSize))
        {
            var answer = await client.GetIdentityVerificationAttributesAsync(batch, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                foreach (var name in batch)
                {
                    // SES leaves out identities it does not know (deleted meanwhile): nothing was started for them.
                    var status = answer.VerificationAttributes.TryGetValue(name, out var attributes)
                        ? attributes.VerificationStatus.ToVerificationStatus()
                        : VerificationStatus.NotStarted;
                    _statuses[name] = new StatusEntry(status, now);
                    result[name] = status;
                }
            }
        }

        return result;
    }

    public CacheSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new CacheSnapshot(_names.ToArray(), _complete);
        }
    }

    public VerificationStatus? StatusOf(string name)
    {
        lock (_gate)
        {
            return _statuses.TryGetValue(name, out var entry) ? entry.Status : null;
        }
    }

    /// <summary>The status SES gave for exactly this name less than <paramref name="freshFor"/> ago, or null.</summary>
    public VerificationStatus? FreshStatusOf(string name, DateTimeOffset now, TimeSpan freshFor)
    {
        lock (_gate)
        {
            return _statuses.TryGetValue(name, out var entry) && now - entry.FetchedAt < freshFor ? entry.Status : null;
        }
    }

    /// <summary>Our own verify call: a new name joins as Pending; a known one is re-read from SES when next shown.</summary>
    public void NoteVerificationStarted(string name, DateTimeOffset now)
    {
        lock (_gate)
        {
            _deleted.Remove(name);
            if (_known.Add(name))
            {
                _names.Add(name);
                _statuses[name] = new StatusEntry(VerificationStatus.Pending, now);
            }
            else
            {
                _statuses.Remove(name);
            }
        }
    }

    public void NoteStatus(string name, VerificationStatus status, DateTimeOffset now)
    {
        lock (_gate)
        {
            _statuses[name] = new StatusEntry(status, now);
        }
    }

    public void NoteDeleted(string name)
    {
        lock (_gate)
        {
            _deleted.Add(name);
            if (_known.Remove(name))
            {
                _names.Remove(name);
            }

            _statuses.Remove(name);
        }
    }

    private bool HasNames(long needed)
    {
        lock (_gate)
        {
            return _listed && (_complete || _names.Count >= needed);
        }
    }

    private List<string> Stale(IEnumerable<string> wanted, DateTimeOffset now, TimeSpan freshFor)
    {
        lock (_gate)
        {
            return wanted
                .Where(name => !_statuses.TryGetValue(name, out var entry) || now - entry.FetchedAt >= freshFor)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
    }

    private readonly record struct StatusEntry(VerificationStatus Status, DateTimeOffset FetchedAt);
}

/// <param name="Names">Every name known so far, in SES's listing order.</param>
/// <param name="Complete">True once SES has listed its last page.</param>
internal sealed record CacheSnapshot(IReadOnlyList<string> Names, bool Complete);
