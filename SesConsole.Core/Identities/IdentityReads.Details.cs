using Microsoft.Extensions.Logging;
using SesConsole.Core.Identities.Names;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

public sealed partial class IdentityReads
{
    public async Task<Outcome<IdentityDetails>> GetDetailsAsync(string region, string identity, CancellationToken cancellationToken)
    {
        if (!SesReads.TryTarget(_regions, region, identity, out var resolved, out var name, out var failure))
        {
            return failure;
        }

        // Each section is its own SES read and fails alone: the page shows what it could read and, per section,
        // what SES refused and what to do next. Only SES saying it has no such identity fails the whole.
        var client = _clients.ForRegion(resolved);
        var failures = new Dictionary<DetailSection, Failure>();
        var verification = await Section(DetailSection.Verification, failures, resolved,
            client.GetIdentityVerificationAttributesAsync([name.Value], cancellationToken)).ConfigureAwait(false);
        IdentityVerificationAttributes? attributes = null;
        if (verification is not null && !verification.VerificationAttributes.TryGetValue(name.Value, out attributes))
        {
            await _index.DeletedAsync(resolved, name.Value).ConfigureAwait(false);
            return new Failure(
                FailureKind.NotFound, $"SES has no identity {name.Value} in {resolved}; identities are separate in each region.");
        }

        // The remaining reads are different SES operations, paced separately: ask them side by side.
        var dkimAnswer = name.Kind == IdentityKind.Domain
            ? Section(DetailSection.Dkim, failures, resolved, client.GetIdentityDkimAttributesAsync([name.Value], cancellationToken))
            : Task.FromResult<GetIdentityDkimAttributesResponse?>(null);
        var mailFromAnswer = Section(DetailSection.MailFrom, failures, resolved,
            client.GetIdentityMailFromDomainAttributesAsync([name.Value], cancellationToken));
        // The policies are not read here: the policies section is their one read (names and documents), so a details
        // page lists them once.
        await Task.WhenAll(dkimAnswer, mailFromAnswer).ConfigureAwait(false);

        var status = attributes?.VerificationStatus.ToVerificationStatus() ?? VerificationStatus.NotStarted;
        DkimInfo? dkim = (await dkimAnswer.ConfigureAwait(false))?.DkimAttributes.TryGetValue(name.Value, out var dkimAttributes) == true
            ? dkimAttributes.ToDkimInfo()
            : null;
        if (attributes is not null)
        {
            await _index.StatusReadAsync(resolved, name.Value, name.Kind, status, dkim?.Status).ConfigureAwait(false);
        }
        var mailFrom = (await mailFromAnswer.ConfigureAwait(false))?.MailFromDomainAttributes.TryGetValue(name.Value, out var mailFromAttributes) == true
            && !string.IsNullOrEmpty(mailFromAttributes.MailFromDomain)
                ? new MailFromInfo(
                    mailFromAttributes.MailFromDomain,
                    mailFromAttributes.MailFromDomainStatus.ToVerificationStatus(),
                    mailFromAttributes.BehaviorOnMXFailure)
                : null;
        var records = name.Kind == IdentityKind.Domain
            ? DomainRecords(name.Value, resolved, attributes?.VerificationToken, dkim, mailFrom)
            : [];

        var startedAt = _verificationHistory is null
            ? null
            : await _verificationHistory.LastStartedAsync(resolved, name.Value, cancellationToken).ConfigureAwait(false);
        return Outcome<IdentityDetails>.Success(new IdentityDetails(
            name.Value,
            name.Kind,
            status,
            attributes?.VerificationToken,
            VerificationStartedAt: startedAt,
            dkim,
            mailFrom,
            records,
            failures));
    }

    /// <summary>One section's read: its answer, or null with the section's failure noted.</summary>
    private async Task<T?> Section<T>(DetailSection section, Dictionary<DetailSection, Failure> failures, string region, Task<T> read)
        where T : class
    {
        try
        {
            return await read.ConfigureAwait(false);
        }
        catch (SesCallException ex)
        {
            _logger.LogWarning(
                "The {Section} read in {Region} failed at SES: {ErrorCode} (request {RequestId})", section, region, ex.ErrorCode, ex.RequestId);
            lock (failures)
            {
                failures[section] = SesFailures.From(ex);
            }

            return null;
        }
    }

    private static List<DnsRecord> DomainRecords(
        string domain, string region, string? token, DkimInfo? dkim, MailFromInfo? mailFrom)
    {
        var records = new List<DnsRecord>();
        if (!string.IsNullOrEmpty(token))
        {
            records.Add(DnsRecords.Verification(domain, token));
        }

        if (dkim is { Tokens.Count: > 0 })
        {
            records.AddRange(DnsRecords.Dkim(domain, dkim.Tokens));
        }

        if (mailFrom is not null)
        {
            records.AddRange(DnsRecords.MailFrom(mailFrom.MailFromDomain, region));
        }

        return records;
    }
}
