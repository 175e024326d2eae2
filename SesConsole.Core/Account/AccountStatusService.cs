using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Account;

/// <summary>
/// Singleton: per region, one cached answer of GetSendQuota and GetAccountSendingEnabled (asked side by side; they
/// are paced apart). Callers that arrive while a check runs wait for it instead of asking SES again.
/// </summary>
internal sealed class AccountStatusService(
    ISesClientFactory clients,
    IOptions<SesOptions> sesOptions,
    IOptions<AccountStatusOptions> options,
    TimeProvider time,
    ILogger<AccountStatusService> logger) : IAccountStatusService, IDisposable
{
    private readonly RegionDirectory _regions = new(sesOptions);
    private readonly ConcurrentDictionary<string, RegionEntry> _entries = new(StringComparer.Ordinal);

    public async Task<Outcome<AccountStatus>> GetAsync(string region, CancellationToken cancellationToken)
    {
        if (!_regions.TryResolve(region, out var resolved, out var failure))
        {
            return failure;
        }

        var entry = _entries.GetOrAdd(resolved, _ => new RegionEntry());
        if (entry.Fresh(time.GetUtcNow()) is { } cached)
        {
            return cached;
        }

        await entry.Checking.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (entry.Fresh(time.GetUtcNow()) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var outcome = await CheckAsync(resolved, cancellationToken).ConfigureAwait(false);
            var lifetime = outcome.Succeeded ? options.Value.FreshFor : options.Value.FailureShownFor;
            entry.Store(outcome, time.GetUtcNow() + lifetime);
            return outcome;
        }
        finally
        {
            entry.Checking.Release();
        }
    }

    public void Dispose()
    {
        foreach (var entry in _entries.Values)
        {
            entry.Checking.Dispose();
        }
    }

    private async Task<Outcome<AccountStatus>> CheckAsync(string region, CancellationToken cancellationToken)
    {
        var client = clients.ForRegion(region);
        try
        {
            var quota = client.GetSendQuotaAsync(cancellationToken);
            var sending = client.GetAccountSendingEnabledAsync(cancellationToken);
            await Task.WhenAll(quota, sending).ConfigureAwait(false);
            var (q, s) = (await quota.ConfigureAwait(false), await sending.ConfigureAwait(false));
            return new AccountStatus(
                region,
                SandboxQuota.AccessFor(q.Max24HourSend, q.MaxSendRate),
                s.Enabled,
                q.SentLast24Hours,
                q.Max24HourSend,
                q.MaxSendRate,
                time.GetUtcNow());
        }
        catch (SesCallException ex)
        {
            logger.LogWarning(
                "Account status of {Region} could not be read: {ErrorCode} (request {RequestId})", region, ex.ErrorCode, ex.RequestId);
            return SesFailures.From(ex);
        }
    }

    private sealed class RegionEntry
    {
        private readonly object _gate = new();
        private Outcome<AccountStatus>? _outcome;
        private DateTimeOffset _expires;

        public SemaphoreSlim Checking { get; } = new(1, 1);

        public Outcome<AccountStatus>? Fresh(DateTimeOffset now)
        {
            lock (_gate)
            {
                return _outcome is not null && now < _expires ? _outcome : null;
            }
        }

        public void Store(Outcome<AccountStatus> outcome, DateTimeOffset expires)
        {
            lock (_gate)
            {
                (_outcome, _expires) = (outcome, expires);
            }
        }
    }
}
