using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Account;

/// <summary>
/// Singleton: per region, one cached answer of SES API v2 GetAccount (one call: access, sending, quota and SES's
/// enforcement status). Where the credentials may not call it (AccessDenied), the region falls back for the life of
/// the process to v1's GetSendQuota and GetAccountSendingEnabled (asked side by side; they are paced apart), and the
/// log says so once, as the identity listing does. Callers that arrive while a check runs wait for it instead of
/// asking SES again.
/// </summary>
internal sealed partial class AccountStatusService(
    ISesClientFactory clients,
    ISesV2ClientFactory v2Clients,
    IOptions<SesOptions> sesOptions,
    IOptions<AccountStatusOptions> options,
    TimeProvider time,
    ILogger<AccountStatusService> logger) : IAccountStatusService, IDisposable
{
    private readonly RegionDirectory _regions = new(sesOptions);
    private readonly ConcurrentDictionary<string, RegionEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _v1Regions = new(StringComparer.Ordinal);

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
        try
        {
            if (!_v1Regions.ContainsKey(region))
            {
                try
                {
                    return await ReadV2Async(region, cancellationToken).ConfigureAwait(false);
                }
                catch (SesCallException ex) when (ex.IsAccessDenied)
                {
                    if (_v1Regions.TryAdd(region, 0))
                    {
                        LogFallingBack(region, ex.ErrorCode, ex.RequestId);
                    }
                }
            }

            return await ReadV1Async(region, cancellationToken).ConfigureAwait(false);
        }
        catch (SesCallException ex)
        {
            logger.LogWarning(
                "Account status of {Region} could not be read: {ErrorCode} (request {RequestId})", region, ex.ErrorCode, ex.RequestId);
            return SesFailures.From(ex);
        }
    }

    private async Task<AccountStatus> ReadV2Async(string region, CancellationToken cancellationToken)
    {
        var account = await v2Clients.ForRegion(region).GetAccountAsync(cancellationToken).ConfigureAwait(false);
        return new AccountStatus(
            region,
            account.ProductionAccessEnabled ? AccountAccess.Production : AccountAccess.Sandbox,
            account.SendingEnabled,
            account.SendQuota.SentLast24Hours,
            account.SendQuota.Max24HourSend,
            account.SendQuota.MaxSendRate,
            time.GetUtcNow(),
            account.EnforcementStatus);
    }

    private async Task<AccountStatus> ReadV1Async(string region, CancellationToken cancellationToken)
    {
        var client = clients.ForRegion(region);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "SES refused GetAccount (API v2) in {Region} with {ErrorCode} (request {RequestId}); " +
        "the account status of this region is read with the v1 calls GetSendQuota and GetAccountSendingEnabled from now on " +
        "(two calls instead of one, sandbox inferred from the quota, no enforcement status). Grant ses:GetAccount to read it in one call.")]
    private partial void LogFallingBack(string region, string errorCode, string? requestId);

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
