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
            () => client.GetIdentityVerificationAttributesAsync([name.Value], cancellationToken)).ConfigureAwait(false);
        IdentityVerificationAttributes? attributes = null;
        if (verification is not null && !verification.VerificationAttributes.TryGetValue(name.Value, out attributes))
        {
            await _index.DeletedAsync(resolved, name.Value).ConfigureAwait(false);
            return new Failure(
                FailureKind.NotFound, $"SES has no identity {name.Value} in {resolved}; identities are separate in each region.");
        }

        // The remaining reads are different SES operations, paced separately: ask them side by side.
        var dkimAnswer = ReadDkimAsync(client, resolved, name, failures, cancellationToken);
        var mailFromAnswer = ReadMailFromAsync(client, resolved, name, failures, cancellationToken);
        // The policies are not read here: the policies section is their one read (names and documents), so a details
        // page lists them once.
        var sesCheck = name.Kind == IdentityKind.Domain
            ? SesCheckAsync(resolved, name.Value, cancellationToken)
            : Task.FromResult<SesVerificationCheck?>(null);
        await Task.WhenAll(dkimAnswer, mailFromAnswer, sesCheck).ConfigureAwait(false);

        var status = attributes?.VerificationStatus.ToVerificationStatus() ?? VerificationStatus.NotStarted;
        var dkim = await dkimAnswer.ConfigureAwait(false);
        if (attributes is not null)
        {
            await _index.StatusReadAsync(resolved, name.Value, name.Kind, status, dkim?.IndexedStatus()).ConfigureAwait(false);
        }

        var mailFrom = await mailFromAnswer.ConfigureAwait(false);
        var records = RecordsOf(name, resolved, attributes?.VerificationToken, dkim, mailFrom);

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
            failures,
            await sesCheck.ConfigureAwait(false)));
    }

    /// <summary>SES's own last DNS check of a domain (v2 GetEmailIdentity, its own operation's pace). Extra to the page:
    /// where v2 is not granted, or SES refuses, the page goes without it (our DNS check stands alone).</summary>
    private async Task<SesVerificationCheck?> SesCheckAsync(string region, string domain, CancellationToken cancellationToken)
    {
        if (_v2Clients is null)
        {
            return null;
        }

        try
        {
            var identity = await _v2Clients.ForRegion(region).GetEmailIdentityAsync(domain, cancellationToken).ConfigureAwait(false);
            return SesVerificationCheck.From(identity.VerificationInfo);
        }
        catch (SesCallException ex)
        {
            _logger.LogInformation(
                "SES's own verification check of {Domain} in {Region} could not be read: {ErrorCode}", domain, region, ex.ErrorCode);
            return null;
        }
    }

    public async Task<Outcome<IdentityDetails>> RereadSectionAsync(
        string region, IdentityDetails shown, DetailSection section, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shown);
        if (!SesReads.TryTarget(_regions, region, shown.Name, out var resolved, out var name, out var failure))
        {
            return failure;
        }

        // Only this section's SES read: the others keep what the page already shows (and their own failures).
        var client = _clients.ForRegion(resolved);
        var failures = new Dictionary<DetailSection, Failure>(shown.Failures ?? new Dictionary<DetailSection, Failure>());
        failures.Remove(section);
        var details = shown;
        switch (section)
        {
            case DetailSection.Verification:
                var verification = await Section(section, failures, resolved,
                    () => client.GetIdentityVerificationAttributesAsync([name.Value], cancellationToken)).ConfigureAwait(false);
                if (verification is not null)
                {
                    if (!verification.VerificationAttributes.TryGetValue(name.Value, out var attributes))
                    {
                        await _index.DeletedAsync(resolved, name.Value).ConfigureAwait(false);
                        return new Failure(
                            FailureKind.NotFound, $"SES has no identity {name.Value} in {resolved}; identities are separate in each region.");
                    }

                    details = details with { Status = attributes.VerificationStatus.ToVerificationStatus(), VerificationToken = attributes.VerificationToken };
                    await _index.StatusReadAsync(resolved, name.Value, name.Kind, details.Status, details.Dkim?.IndexedStatus()).ConfigureAwait(false);
                }

                break;
            case DetailSection.Dkim:
                details = details with { Dkim = await ReadDkimAsync(client, resolved, name, failures, cancellationToken).ConfigureAwait(false) };
                break;
            case DetailSection.MailFrom:
                details = details with { MailFrom = await ReadMailFromAsync(client, resolved, name, failures, cancellationToken).ConfigureAwait(false) };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(section), section, "Not a section of the details.");
        }

        return details with
        {
            Records = RecordsOf(name, resolved, details.VerificationToken, details.Dkim, details.MailFrom),
            Failures = failures,
        };
    }

    private async Task<DkimInfo?> ReadDkimAsync(
        ISesClient client, string region, IdentityName name, Dictionary<DetailSection, Failure> failures, CancellationToken cancellationToken)
    {
        if (name.Kind != IdentityKind.Domain)
        {
            return null;
        }

        var answer = await Section(DetailSection.Dkim, failures, region,
            () => client.GetIdentityDkimAttributesAsync([name.Value], cancellationToken)).ConfigureAwait(false);
        return answer?.DkimAttributes.TryGetValue(name.Value, out var attributes) == true ? attributes.ToDkimInfo() : null;
    }

    private async Task<MailFromInfo?> ReadMailFromAsync(
        ISesClient client, string region, IdentityName name, Dictionary<DetailSection, Failure> failures, CancellationToken cancellationToken)
    {
        var answer = await Section(DetailSection.MailFrom, failures, region,
            () => client.GetIdentityMailFromDomainAttributesAsync([name.Value], cancellationToken)).ConfigureAwait(false);
        return answer?.MailFromDomainAttributes.TryGetValue(name.Value, out var attributes) == true
            && !string.IsNullOrEmpty(attributes.MailFromDomain)
                ? new MailFromInfo(attributes.MailFromDomain, attributes.MailFromDomainStatus.ToVerificationStatus(), attributes.BehaviorOnMXFailure)
                : null;
    }

    private static IReadOnlyList<DnsRecord> RecordsOf(IdentityName name, string region, string? token, DkimInfo? dkim, MailFromInfo? mailFrom) =>
        name.Kind == IdentityKind.Domain ? DomainRecords(name.Value, region, token, dkim, mailFrom) : [];

    /// <summary>One section's read: its answer, or null with the section's failure noted.</summary>
    private async Task<T?> Section<T>(DetailSection section, Dictionary<DetailSection, Failure> failures, string region, Func<Task<T>> read)
        where T : class
    {
        try
        {
            return await read().ConfigureAwait(false);
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
