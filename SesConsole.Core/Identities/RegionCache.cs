using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>
/// What one region's SES has told us: names in SES's listing order (with where the listing stopped) and
/// verification statuses with the time they were fetched. Thread-safe; concurrent callers wanting the same
/// SES data wait for one fetch instead of repeating it.
/// </summary>
internal sealed class RegionCache(DateTimeOffset createdAt)
{
    public const int ListPageSize = 1000;
    public const int AttributeBatchSize = 100;

    private readonly object gate = new();
    private readonly List<string> names = [];
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly HashSet<string> deleted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StatusEntry> statuses = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim listing = new(1, 1);
    private readonly SemaphoreSlim statusFetch = new(1, 1);
    private string? nextToken;
    private bool listed;
    private bool complete;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>Lists SES until at least <paramref name="needed"/> names are known or SES has no more.</summary>
    public async Task EnsureNamesAsync(ISesClient client, long needed, CancellationToken cancellationToken)
    {
        if (HasNames(needed))
        {
            return;
        }

        await listing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (!HasNames(needed))
            {
                string? token;
                lock (gate)
                {
                    token = nextToken;
                }

                var page = await client.ListIdentitiesAsync(
                    new ListIdentitiesRequest(MaxItems: ListPageSize, NextToken: token), cancellationToken).ConfigureAwait(false);
                lock (gate)
                {
                    foreach (var name in page.Identities)
                    {
                        if (!deleted.Contains(name) && known.Add(name))
                        {
                            names.Add(name);
                        }
                    }

                    nextToken = page.NextToken;
                    complete = string.IsNullOrEmpty(page.NextToken);
                    listed = true;
                }
            }
        }
        finally
        {
            listing.Release();
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

        await statusFetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have fetched them while this one waited.
            await FetchStatusesAsync(client, Stale(wanted, now, freshFor), now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            statusFetch.Release();
        }
    }

    /// <summary>Fetches the statuses of <paramref name="identities"/> now, whatever is cached, and returns them.</summary>
    public async Task<IReadOnlyDictionary<string, VerificationStatus>> FetchStatusesAsync(
        ISesClient client, IReadOnlyList<string> identities, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, VerificationStatus>(StringComparer.Ordinal);
        foreach (var batch in identities.Chunk(AttributeBatchSize))
        {
            var answer = await client.GetIdentityVerificationAttributesAsync(batch, cancellationToken).ConfigureAwait(false);
            lock (gate)
            {
                foreach (var name in batch)
                {
                    // SES leaves out identities it does not know (deleted meanwhile): nothing was started for them.
                    var status = answer.VerificationAttributes.TryGetValue(name, out var attributes)
                        ? attributes.VerificationStatus.ToVerificationStatus()
                        : VerificationStatus.NotStarted;
                    statuses[name] = new StatusEntry(status, now);
                    result[name] = status;
                }
            }
        }

        return result;
    }

    public CacheSnapshot Snapshot()
    {
        lock (gate)
        {
            return new CacheSnapshot(names.ToArray(), complete);
        }
    }

    public VerificationStatus? StatusOf(string name)
    {
        lock (gate)
        {
            return statuses.TryGetValue(name, out var entry) ? entry.Status : null;
        }
    }

    /// <summary>The status SES gave for exactly this name less than <paramref name="freshFor"/> ago, or null.</summary>
    public VerificationStatus? FreshStatusOf(string name, DateTimeOffset now, TimeSpan freshFor)
    {
        lock (gate)
        {
            return statuses.TryGetValue(name, out var entry) && now - entry.FetchedAt < freshFor ? entry.Status : null;
        }
    }

    /// <summary>Our own verify call: a new name joins as Pending; a known one is re-read from SES when next shown.</summary>
    public void NoteVerificationStarted(string name, DateTimeOffset now)
    {
        lock (gate)
        {
            deleted.Remove(name);
            if (known.Add(name))
            {
                names.Add(name);
                statuses[name] = new StatusEntry(VerificationStatus.Pending, now);
            }
            else
            {
                statuses.Remove(name);
            }
        }
    }

    public void NoteStatus(string name, VerificationStatus status, DateTimeOffset now)
    {
        lock (gate)
        {
            statuses[name] = new StatusEntry(status, now);
        }
    }

    public void NoteDeleted(string name)
    {
        lock (gate)
        {
            deleted.Add(name);
            if (known.Remove(name))
            {
                names.Remove(name);
            }

            statuses.Remove(name);
        }
    }

    private bool HasNames(long needed)
    {
        lock (gate)
        {
            return listed && (complete || names.Count >= needed);
        }
    }

    private List<string> Stale(IEnumerable<string> wanted, DateTimeOffset now, TimeSpan freshFor)
    {
        lock (gate)
        {
            return wanted
                .Where(name => !statuses.TryGetValue(name, out var entry) || now - entry.FetchedAt >= freshFor)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
    }

    private readonly record struct StatusEntry(VerificationStatus Status, DateTimeOffset FetchedAt);
}

/// <param name="Names">Every name known so far, in SES's listing order.</param>
/// <param name="Complete">True once SES has listed its last page.</param>
internal sealed record CacheSnapshot(IReadOnlyList<string> Names, bool Complete);
