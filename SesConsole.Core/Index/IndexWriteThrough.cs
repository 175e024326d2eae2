using Microsoft.Extensions.Logging;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Index;

/// <summary>
/// Our own changes and reads, written to the index at once (a new identity shows Pending, a deleted one goes). SES has
/// already done the change when this runs, so a failure to write is logged, not reported as a failed change: the
/// sync's next pass corrects the index. The write is not canceled with the operator's call (like the audit row).
/// </summary>
public sealed partial class IndexWriteThrough(IIdentityIndex index, TimeProvider time, ILogger<IndexWriteThrough> logger)
{
    private readonly IIdentityIndex _index = index;
    private readonly TimeProvider _time = time;
    private readonly ILogger<IndexWriteThrough> _logger = logger;

    /// <summary>
    /// A verification started: the identity shows Pending at once. A domain the index did not hold is new at SES too,
    /// and SES creates a domain identity with Easy DKIM not started, so its DKIM shows Not started at once (not "not
    /// read" until the next pass); a held domain keeps the DKIM status the index has.
    /// </summary>
    public Task VerificationStartedAsync(string region, string name, IdentityKind kind) =>
        WriteAsync(region, name, async () =>
        {
            var dkim = kind == IdentityKind.Domain
                && (await _index.GetAsync(region, [name], CancellationToken.None).ConfigureAwait(false)).Count == 0
                    ? VerificationStatus.NotStarted
                    : (VerificationStatus?)null;
            await _index.WriteAsync(
                region, [new IdentityObservation(name, kind, VerificationStatus.Pending, DkimStatus: dkim)], _time.GetUtcNow(), CancellationToken.None)
                .ConfigureAwait(false);
        });

    public Task DeletedAsync(string region, string name) =>
        WriteAsync(region, name, () => _index.RemoveAsync(region, [name], _time.GetUtcNow(), CancellationToken.None));

    /// <summary>Easy DKIM was set up for a domain: its DKIM shows Pending at once. VerifyDomainDkim creates the domain
    /// identity when SES did not have it, so a domain the index does not hold comes in Pending too; a held one keeps its
    /// verification status.</summary>
    public Task DkimSetUpAsync(string region, string domain) =>
        WriteAsync(region, domain, async () =>
        {
            var held = await _index.GetAsync(region, [domain], CancellationToken.None).ConfigureAwait(false);
            if (held.Count == 0)
            {
                await _index.WriteAsync(
                    region,
                    [new IdentityObservation(domain, IdentityKind.Domain, VerificationStatus.Pending, DkimStatus: VerificationStatus.Pending)],
                    _time.GetUtcNow(),
                    CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                await _index.WriteAttributesAsync(
                    region, [new IdentityAttributes(domain, DkimStatus: VerificationStatus.Pending)], CancellationToken.None).ConfigureAwait(false);
            }
        });

    /// <summary>Whether SES has bounce and complaint topics for an identity, as a read of its notification settings (or
    /// our own change of them) just said.</summary>
    public Task FeedbackTopicsReadAsync(string region, string name, bool missing) =>
        WriteAsync(region, name, () => _index.WriteAttributesAsync(
            region, [new IdentityAttributes(name, MissingFeedbackTopics: missing)], CancellationToken.None));

    /// <summary>A status SES gave us for one identity (the details page's read).</summary>
    public Task StatusReadAsync(string region, string name, IdentityKind kind, VerificationStatus status, VerificationStatus? dkimStatus) =>
        WriteAsync(region, name, () => _index.WriteAsync(
            region, [new IdentityObservation(name, kind, status, DkimStatus: dkimStatus)], _time.GetUtcNow(), CancellationToken.None));

    /// <summary>
    /// The status SES gave for exactly this name (a sync's listing or a read) less than <paramref name="freshFor"/> ago,
    /// or null when the index has none that fresh or cannot be read: then the caller asks SES.
    /// </summary>
    public async Task<VerificationStatus?> FreshStatusAsync(string region, string name, TimeSpan freshFor, CancellationToken cancellationToken)
    {
        try
        {
            var rows = await _index.GetAsync(region, [name], cancellationToken).ConfigureAwait(false);
            var row = rows.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));
            return row is not null && _time.GetUtcNow() - row.LastReadAt < freshFor ? row.Status : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReadFailed(ex, region, name);
            return null;
        }
    }

    private async Task WriteAsync(string region, string name, Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogWriteFailed(ex, region, name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The identity index could not be read for {Identity} in {Region}; SES is asked instead")]
    private partial void LogReadFailed(Exception ex, string region, string identity);

    [LoggerMessage(Level = LogLevel.Error, Message = "The identity index could not record {Identity} in {Region}; the next sync will")]
    private partial void LogWriteFailed(Exception ex, string region, string identity);
}
