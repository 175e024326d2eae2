using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SesConsole.Core.Identities;
using SesConsole.Core.Notifications;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Listing;
using SesConsole.Core.Ses.Pacing;

namespace SesConsole.Core.Index;

/// <summary>
/// Keeps the <see cref="IIdentityIndex"/> in step with SES, one loop per region (Web hosts <see cref="RunAsync"/> as a
/// background service): a full listing (v2, or v1 where IAM refuses v2) at start and every
/// <see cref="IndexOptions.FullSyncInterval"/>, removing what SES no longer lists; Pending identities re-read first and
/// every <see cref="IndexOptions.PendingSyncInterval"/> in batches of 100, between listing pages too. Every SES call
/// takes the pacer's background lane. Only the holder of the region's lease row syncs, so app instances sharing a
/// database never both do.
/// </summary>
public sealed partial class IdentityIndexSync(
    IIdentityListingReader listing,
    ISesClientFactory clients,
    IIdentityIndex index,
    TimeProvider time,
    IOptions<IndexOptions> options,
    ILogger<IdentityIndexSync> logger)
{
    private readonly IIdentityListingReader _listing = listing;
    private readonly ISesClientFactory _clients = clients;
    private readonly IIdentityIndex _index = index;
    private readonly TimeProvider _time = time;
    private readonly IndexOptions _options = options.Value;
    private readonly ILogger<IdentityIndexSync> _logger = logger;
    private readonly ConcurrentDictionary<string, RegionLoop> _loops = new(StringComparer.Ordinal);

    /// <summary>Who this instance is in the lease rows.</summary>
    public string Holder { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>"Sync now": the region's loop starts a full listing as soon as it holds the lease.</summary>
    public void RequestFullSync(string region) => Loop(region).RequestFull();

    /// <summary>Syncs <paramref name="region"/> until canceled, then gives its lease up.</summary>
    public async Task RunAsync(string region, CancellationToken cancellationToken)
    {
        var loop = Loop(region);
        var nextFull = _time.GetUtcNow();
        var nextPending = nextFull;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var wait = RenewEvery;
                try
                {
                    if (await TakeLeaseAsync(region, cancellationToken).ConfigureAwait(false))
                    {
                        await UnderHeartbeatAsync(region, async token =>
                        {
                            if (_time.GetUtcNow() >= nextPending)
                            {
                                await RefreshPendingUnderLeaseAsync(region, token).ConfigureAwait(false);
                                nextPending = _time.GetUtcNow() + _options.PendingSyncInterval;
                            }

                            if (loop.TakeFullRequest() || _time.GetUtcNow() >= nextFull)
                            {
                                var pending = new PendingSchedule(nextPending, _options.PendingSyncInterval);
                                await FullPassUnderLeaseAsync(region, pending, token).ConfigureAwait(false);
                                nextPending = pending.Next;
                                nextFull = _time.GetUtcNow() + _options.FullSyncInterval;
                            }

                            return true;
                        }, cancellationToken).ConfigureAwait(false);

                        var untilDue = Min(nextFull, nextPending) - _time.GetUtcNow();
                        wait = untilDue < RenewEvery ? untilDue : RenewEvery;
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // A background loop outlives any one failure (SES, network, database): it says so and tries again.
                    LogSyncFailed(region, ex.GetType().Name, ex.Message);
                    await TrySaveFailureAsync(region, ex).ConfigureAwait(false);
                    wait = _options.RetryAfterFailure;
                }

                await loop.WaitAsync(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await TryReleaseLeaseAsync(region).ConfigureAwait(false);
        }
    }

    // The failure may be the database itself (gone, restarting): failing to record it must not end the loop, whose
    // exception would stop the whole app (a background service's failure stops the host).
    private async Task TrySaveFailureAsync(string region, Exception failure)
    {
        try
        {
            await SaveStateAsync(region, s => s with { PassStartedAt = null, LastError = Explain(failure) }, CancellationToken.None)
                .ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogStateNotSaved(region, ex.GetType().Name, ex.Message);
        }
    }

    // On the way out with the database gone the lease cannot be given up; it expires by itself (LeaseDuration).
    private async Task TryReleaseLeaseAsync(string region)
    {
        try
        {
            await _index.ReleaseLeaseAsync(region, Holder, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogStateNotSaved(region, ex.GetType().Name, ex.Message);
        }
    }

    /// <summary>Takes or renews the region's lease.</summary>
    public Task<bool> TakeLeaseAsync(string region, CancellationToken cancellationToken) =>
        _index.TryTakeLeaseAsync(region, Holder, _time.GetUtcNow(), _options.LeaseDuration, cancellationToken);

    /// <summary>One complete pass: the listing (<see cref="ListingPassAsync"/>), then the DKIM and notification
    /// attributes of everything it listed (<see cref="AttributesPassAsync"/>); returns the names it listed. Like every
    /// pass called from outside the loop, it runs under the region's lease (<see cref="UnderLeaseAsync"/>).</summary>
    public Task<IReadOnlyList<ListedName>> FullPassAsync(string region, PendingSchedule? pending, CancellationToken cancellationToken) =>
        UnderLeaseAsync(region, token => FullPassUnderLeaseAsync(region, pending, token), cancellationToken);

    /// <summary>One complete listing of the region into the index, then removal of what it did not list; returns the
    /// names it listed, exactly as SES gave them. Runs under the region's lease (<see cref="UnderLeaseAsync"/>).</summary>
    public Task<IReadOnlyList<ListedName>> ListingPassAsync(string region, PendingSchedule? pending, CancellationToken cancellationToken) =>
        UnderLeaseAsync(region, token => ListingUnderLeaseAsync(region, pending, token), cancellationToken);

    /// <summary>The DKIM and notification attributes of <paramref name="listed"/> (see
    /// <see cref="AttributesUnderLeaseAsync"/>), under the region's lease (<see cref="UnderLeaseAsync"/>).</summary>
    public Task<int> AttributesPassAsync(
        string region, IReadOnlyList<ListedName> listed, PendingSchedule? pending, CancellationToken cancellationToken) =>
        UnderLeaseAsync(region, token => AttributesUnderLeaseAsync(region, listed, pending, token), cancellationToken);

    /// <summary>Re-reads the region's Pending identities (see <see cref="RefreshPendingUnderLeaseAsync"/>) under the
    /// region's lease (<see cref="UnderLeaseAsync"/>); returns how many it read.</summary>
    public Task<int> RefreshPendingAsync(string region, CancellationToken cancellationToken) =>
        UnderLeaseAsync(region, token => RefreshPendingUnderLeaseAsync(region, token), cancellationToken);

    /// <summary>How often a holder renews its lease: three times a lease, so one late renewal never lets it lapse.</summary>
    private TimeSpan RenewEvery => _options.LeaseDuration / 3;

    /// <summary>A pass called from outside the loop (tests, benchmarks): it takes the region's lease, or throws
    /// <see cref="LeaseLostException"/> when another instance holds it, then runs under the heartbeat as the loop's
    /// passes do.</summary>
    private async Task<T> UnderLeaseAsync<T>(string region, Func<CancellationToken, Task<T>> pass, CancellationToken cancellationToken)
    {
        if (!await TakeLeaseAsync(region, cancellationToken).ConfigureAwait(false))
        {
            throw new LeaseLostException(region);
        }

        return await UnderHeartbeatAsync(region, pass, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The one place the lease is renewed while a pass runs: <see cref="LeaseHeartbeat"/> renews it every
    /// <see cref="RenewEvery"/> on its own clock, however long one SES call takes; when another instance holds it the
    /// pass is stopped and <see cref="LeaseLostException"/> thrown. The caller has just taken the lease.</summary>
    private async Task<T> UnderHeartbeatAsync<T>(string region, Func<CancellationToken, Task<T>> pass, CancellationToken cancellationToken)
    {
        await using var heartbeat = LeaseHeartbeat.Start(token => TakeLeaseAsync(region, token), RenewEvery, _time, cancellationToken);
        try
        {
            return await pass(heartbeat.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (heartbeat.Lost && !cancellationToken.IsCancellationRequested)
        {
            throw new LeaseLostException(region);
        }
    }

    private async Task<IReadOnlyList<ListedName>> FullPassUnderLeaseAsync(string region, PendingSchedule? pending, CancellationToken cancellationToken)
    {
        var listed = await ListingUnderLeaseAsync(region, pending, cancellationToken).ConfigureAwait(false);
        await AttributesUnderLeaseAsync(region, listed, pending, cancellationToken).ConfigureAwait(false);
        return listed;
    }

    /// <summary>The listing itself; Pending re-reads come between its pages when due.</summary>
    private async Task<IReadOnlyList<ListedName>> ListingUnderLeaseAsync(string region, PendingSchedule? pending, CancellationToken cancellationToken)
    {
        using var lane = SesCallLane.Background();
        var started = _time.GetUtcNow();
        var listed = new List<ListedName>();
        ListingApi? api = null;
        await SaveStateAsync(region, s => s with { PassStartedAt = started, IdentitiesRead = 0 }, cancellationToken).ConfigureAwait(false);
        LogPassStarted(region, _listing.ApiFor(region));

        await using var pages = _listing.ReadAllAsync(region, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            var requestedAt = _time.GetUtcNow();
            if (!await pages.MoveNextAsync().ConfigureAwait(false))
            {
                break;
            }

            var page = pages.Current;
            api = page.Api;
            var observed = page.Identities.Select(Observe).ToArray();
            await _index.WriteAsync(region, observed, requestedAt, cancellationToken).ConfigureAwait(false);
            listed.AddRange(observed.Select(o => new ListedName(o.Name, o.Kind)));
            var read = listed.Count;
            await SaveStateAsync(region, s => s with { IdentitiesRead = read, Api = page.Api }, cancellationToken).ConfigureAwait(false);
            await PendingBetweenCallsAsync(region, pending, cancellationToken).ConfigureAwait(false);
        }

        var removed = await _index.RemoveUnseenAsync(region, started, cancellationToken).ConfigureAwait(false);
        var finished = _time.GetUtcNow();
        await SaveStateAsync(
            region,
            s => s with { LastFullSyncAt = finished, PassStartedAt = null, IdentitiesRead = listed.Count, Api = api ?? s.Api, LastError = null },
            cancellationToken).ConfigureAwait(false);
        LogPassFinished(region, listed.Count, removed, (finished - started).TotalSeconds);
        return listed;
    }

    /// <summary>
    /// The DKIM status of every listed domain (v1 GetIdentityDkimAttributes) and whether every listed identity has
    /// bounce and complaint topics (v1 GetIdentityNotificationAttributes), 100 names per call: ceil(domains/100) +
    /// ceil(identities/100) calls on the background lane. The two operations are paced apart by SES, so a DKIM batch
    /// and a notification batch go side by side. Pending re-reads come between batches when due. Returns the number of
    /// identities read.
    /// </summary>
    private async Task<int> AttributesUnderLeaseAsync(
        string region, IReadOnlyList<ListedName> listed, PendingSchedule? pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listed);
        using var lane = SesCallLane.Background();
        var started = _time.GetUtcNow();
        var client = _clients.ForRegion(region);
        var domains = listed.Where(n => n.Kind == IdentityKind.Domain).Select(n => n.Name).Chunk(SesLimits.AttributeBatchSize).ToArray();
        var everyone = listed.Select(n => n.Name).Chunk(SesLimits.AttributeBatchSize).ToArray();
        for (var i = 0; i < everyone.Length; i++)
        {
            var dkim = i < domains.Length ? ReadDkimAsync(client, domains[i], cancellationToken) : Task.FromResult<IdentityAttributes[]>([]);
            var feedback = ReadFeedbackTopicsAsync(client, everyone[i], cancellationToken);
            await Task.WhenAll(dkim, feedback).ConfigureAwait(false);
            await _index.WriteAttributesAsync(region, [.. await dkim.ConfigureAwait(false), .. await feedback.ConfigureAwait(false)], cancellationToken)
                .ConfigureAwait(false);
            await PendingBetweenCallsAsync(region, pending, cancellationToken).ConfigureAwait(false);
        }

        LogAttributesFinished(region, listed.Count, (_time.GetUtcNow() - started).TotalSeconds);
        return listed.Count;
    }

    private static async Task<IdentityAttributes[]> ReadDkimAsync(ISesClient client, string[] domains, CancellationToken cancellationToken)
    {
        var answer = await client.GetIdentityDkimAttributesAsync(domains, cancellationToken).ConfigureAwait(false);
        return answer.DkimAttributes
            .Select(a => new IdentityAttributes(a.Key, DkimStatus: a.Value.ToDkimInfo().IndexedStatus()))
            .ToArray();
    }

    private static async Task<IdentityAttributes[]> ReadFeedbackTopicsAsync(ISesClient client, string[] names, CancellationToken cancellationToken)
    {
        var answer = await client.GetIdentityNotificationAttributesAsync(names, cancellationToken).ConfigureAwait(false);
        return answer.NotificationAttributes
            .Select(a => new IdentityAttributes(a.Key, MissingFeedbackTopics: NotificationSettings.From(a.Value).MissingFeedbackTopics))
            .ToArray();
    }

    /// <summary>Between two SES calls of a long pass: the Pending re-read, when due. (The lease is the heartbeat's.)</summary>
    private async Task PendingBetweenCallsAsync(string region, PendingSchedule? pending, CancellationToken cancellationToken)
    {
        if (pending is not null && _time.GetUtcNow() >= pending.Next)
        {
            await RefreshPendingUnderLeaseAsync(region, cancellationToken).ConfigureAwait(false);
            pending.Next = _time.GetUtcNow() + pending.Interval;
        }
    }

    /// <summary>Re-reads the region's Pending identities (least recently read first) with v1
    /// GetIdentityVerificationAttributes, 100 per call; identities SES no longer knows leave the index.</summary>
    private async Task<int> RefreshPendingUnderLeaseAsync(string region, CancellationToken cancellationToken)
    {
        using var lane = SesCallLane.Background();
        var names = await _index.PendingAsync(region, _options.PendingBatchLimit, cancellationToken).ConfigureAwait(false);
        var client = _clients.ForRegion(region);
        foreach (var batch in names.Chunk(SesLimits.AttributeBatchSize))
        {
            var readAt = _time.GetUtcNow();
            var answer = await client.GetIdentityVerificationAttributesAsync(batch, cancellationToken).ConfigureAwait(false);
            var seen = batch
                .Where(answer.VerificationAttributes.ContainsKey)
                .Select(name => new IdentityObservation(
                    name, KindOf(name), answer.VerificationAttributes[name].VerificationStatus.ToVerificationStatus()))
                .ToArray();
            await _index.WriteAsync(region, seen, readAt, cancellationToken).ConfigureAwait(false);
            var gone = batch.Where(name => !answer.VerificationAttributes.ContainsKey(name)).ToArray();
            if (gone.Length > 0)
            {
                await _index.RemoveAsync(region, gone, readAt, cancellationToken).ConfigureAwait(false);
            }
        }

        await SaveStateAsync(region, s => s with { LastPendingSyncAt = _time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        return names.Count;
    }

    private static IdentityObservation Observe(ListedIdentity identity) => new(
        identity.Name,
        identity.Type == SesEmailIdentityType.EmailAddress ? IdentityKind.EmailAddress : IdentityKind.Domain,
        identity.VerificationStatus.ToVerificationStatus(),
        identity.SendingEnabled);

    /// <summary>SES's names tell the type apart: an email address has an '@', a domain never does.</summary>
    private static IdentityKind KindOf(string name) =>
        name.Contains('@', StringComparison.Ordinal) ? IdentityKind.EmailAddress : IdentityKind.Domain;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static string Explain(Exception ex) => ex switch
    {
        SesCallException ses => $"SES answered {ses.ErrorCode}: {ses.Message}",
        LeaseLostException => "Another instance of the console took over this region's sync.",
        _ => ex.Message,
    };

    private async Task SaveStateAsync(string region, Func<RegionSyncState, RegionSyncState> change, CancellationToken cancellationToken)
    {
        var states = await _index.SyncStatesAsync(cancellationToken).ConfigureAwait(false);
        var current = states.FirstOrDefault(s => s.Region == region) ?? RegionSyncState.Never(region);
        await _index.SaveSyncStateAsync(change(current), cancellationToken).ConfigureAwait(false);
    }

    private RegionLoop Loop(string region) => _loops.GetOrAdd(region, _ => new RegionLoop());

    [LoggerMessage(Level = LogLevel.Information, Message = "Index sync of {Region}: full listing started ({Api})")]
    private partial void LogPassStarted(string region, ListingApi api);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index sync of {Region}: {Read} identities listed, {Removed} no longer at SES removed, in {Seconds:F1} s")]
    private partial void LogPassFinished(string region, int read, int removed, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index sync of {Region}: DKIM and notification topics of {Count} identities read in {Seconds:F1} s")]
    private partial void LogAttributesFinished(string region, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index sync of {Region} failed ({ErrorType}: {Error}); it tries again later")]
    private partial void LogSyncFailed(string region, string errorType, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index sync of {Region}: its state or lease could not be written ({ErrorType}: {Error}); the sync goes on")]
    private partial void LogStateNotSaved(string region, string errorType, string error);

    /// <summary>When the next Pending re-read is due, shared by the loop and the listing it interleaves with.</summary>
    public sealed class PendingSchedule(DateTimeOffset next, TimeSpan interval)
    {
        public DateTimeOffset Next { get; set; } = next;

        public TimeSpan Interval { get; } = interval;
    }

    /// <summary>An identity as the listing gave it: its exact name and its type.</summary>
    public sealed record ListedName(string Name, IdentityKind Kind);

    private sealed class RegionLoop
    {
        private readonly SemaphoreSlim _wake = new(0, 1);
        private int _fullRequested;

        public void RequestFull()
        {
            Interlocked.Exchange(ref _fullRequested, 1);
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken.
            }
        }

        public bool TakeFullRequest() => Interlocked.Exchange(ref _fullRequested, 0) == 1;

        public async Task WaitAsync(TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var woken = _wake.WaitAsync(stop.Token);
            var delay = Task.Delay(wait, time, stop.Token);
            await Task.WhenAny(woken, delay).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(woken, delay).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
                .ConfigureAwait(false);
        }
    }
}

/// <summary>Another holder took the region's sync lease while this instance was listing.</summary>
public sealed class LeaseLostException(string region)
    : InvalidOperationException($"The index sync lease of {region} is held by another instance.");
