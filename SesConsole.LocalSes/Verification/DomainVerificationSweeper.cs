using Microsoft.Extensions.Logging;
using SesConsole.LocalSes.Identities;
using SesConsole.LocalSes.Storage;

namespace SesConsole.LocalSes.Verification;

/// <summary>
/// Looks up the DNS records of every identity still waiting (domain TXT, DKIM CNAMEs, MAIL FROM MX) and persists
/// Failed for windows that have passed. Runs on a timer in the background and on demand; never in a request.
/// </summary>
internal sealed class DomainVerificationSweeper(
    IdentityStore identities, VerificationCheckStore checks, DnsLookup dns, TimeProvider time, ILogger logger)
{
    private const int MaxParallelChecks = 16;
    private readonly SemaphoreSlim _oneSweepAtATime = new(1, 1);

    public async Task RunAsync(TimeSpan interval, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    await SweepAsync(ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "The DNS verification sweep failed; it will run again in {Interval}", interval);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping the server ends the loop.
        }
    }

    public async Task SweepAsync(CancellationToken ct)
    {
        await _oneSweepAtATime.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            await identities.ExpireAsync(now.ToUnixTimeMilliseconds(), ct);
            var waiting = await identities.ListAwaitingDnsAsync(ct);
            await Parallel.ForEachAsync(
                waiting,
                new ParallelOptions { MaxDegreeOfParallelism = MaxParallelChecks, CancellationToken = ct },
                async (record, token) => await CheckAsync(record, token));
            logger.LogDebug("DNS verification sweep checked {Count} identities", waiting.Count);
        }
        finally
        {
            _oneSweepAtATime.Release();
        }
    }

    private async Task CheckAsync(IdentityRecord record, CancellationToken ct)
    {
        var domainVerified = false;
        var dkimVerified = false;
        TxtLookup? txt = null;
        if (record.IsDomain && record.Status == VerificationStatus.Pending)
        {
            txt = await dns.TxtLookupAsync("_amazonses." + record.Name, ct);
            domainVerified = txt.Values.Any(v => v == record.Token || v == "amazonses:" + record.Token);
        }

        if (record.IsDomain && record.DkimTokens.Count > 0 && record.DkimStatus is VerificationStatus.Pending or VerificationStatus.NotStarted)
        {
            dkimVerified = true;
            foreach (var token in record.DkimTokens)
            {
                var targets = await dns.CnameAsync($"{token}._domainkey.{record.Name}", ct) ?? [];
                dkimVerified &= targets.Contains($"{token}.dkim.amazonses.com", StringComparer.OrdinalIgnoreCase);
            }
        }

        if (txt is not null)
        {
            // The domain's verification check, as SES's VerificationInfo reports it: the DKIM CNAMEs verify it too.
            await checks.RecordAsync(
                record.Region,
                record.Name,
                time.GetUtcNow().ToUnixTimeMilliseconds(),
                VerificationErrors.Of(txt.Kind, domainVerified || dkimVerified),
                txt.Soa is { } soa ? (soa.PrimaryNameServer, soa.AdminEmail, soa.SerialNumber) : null,
                ct);
        }

        var mailFromVerified = false;
        if (record.MailFromDomain is not null && record.MailFromStatus == VerificationStatus.Pending)
        {
            var exchanges = await dns.MxAsync(record.MailFromDomain, ct) ?? [];
            mailFromVerified = exchanges.Contains($"feedback-smtp.{record.Region}.amazonses.com", StringComparer.OrdinalIgnoreCase);
        }

        if (domainVerified || dkimVerified || mailFromVerified)
        {
            await identities.RecordDnsFindingsAsync(record.Region, record.Name, domainVerified, dkimVerified, mailFromVerified, ct);
            logger.LogInformation("DNS records found for {Identity} in {Region}", record.Name, record.Region);
        }
    }
}
