using SesConsole.Core.Identities.Names;

namespace SesConsole.Core.Identities;

public sealed partial class IdentityReads
{
    public async Task<Outcome<IdentityDetails>> GetDetailsAsync(string region, string identity, CancellationToken cancellationToken)
    {
        if (!SesReads.TryTarget(_regions, region, identity, out var resolved, out var name, out var failure))
        {
            return failure;
        }

        return await SesReads.RunAsync(_logger, "GetIdentityDetails", resolved, async () =>
        {
            var client = _clients.ForRegion(resolved);
            var verification = await client.GetIdentityVerificationAttributesAsync([name.Value], cancellationToken).ConfigureAwait(false);
            if (!verification.VerificationAttributes.TryGetValue(name.Value, out var attributes))
            {
                await _index.DeletedAsync(resolved, name.Value).ConfigureAwait(false);
                return new Failure(
                    FailureKind.NotFound, $"SES has no identity {name.Value} in {resolved}; identities are separate in each region.");
            }

            var status = attributes.VerificationStatus.ToVerificationStatus();

            // The remaining reads are different SES operations, paced separately: ask them side by side.
            var dkimAnswer = name.Kind == IdentityKind.Domain
                ? client.GetIdentityDkimAttributesAsync([name.Value], cancellationToken)
                : null;
            var mailFromAnswer = client.GetIdentityMailFromDomainAttributesAsync([name.Value], cancellationToken);
            var policiesAnswer = client.ListIdentityPoliciesAsync(name.Value, cancellationToken);
            await Task.WhenAll(new Task?[] { dkimAnswer, mailFromAnswer, policiesAnswer }.OfType<Task>()).ConfigureAwait(false);

            DkimInfo? dkim = dkimAnswer is not null
                && (await dkimAnswer.ConfigureAwait(false)).DkimAttributes.TryGetValue(name.Value, out var dkimAttributes)
                    ? dkimAttributes.ToDkimInfo()
                    : null;
            var mailFrom = (await mailFromAnswer.ConfigureAwait(false)).MailFromDomainAttributes.TryGetValue(name.Value, out var mailFromAttributes)
                && !string.IsNullOrEmpty(mailFromAttributes.MailFromDomain)
                    ? new MailFromInfo(
                        mailFromAttributes.MailFromDomain,
                        mailFromAttributes.MailFromDomainStatus.ToVerificationStatus(),
                        mailFromAttributes.BehaviorOnMXFailure)
                    : null;
            var policies = await policiesAnswer.ConfigureAwait(false);
            var records = name.Kind == IdentityKind.Domain
                ? DomainRecords(name.Value, resolved, attributes.VerificationToken, dkim, mailFrom)
                : [];

            await _index.StatusReadAsync(resolved, name.Value, name.Kind, status, dkim?.Status).ConfigureAwait(false);
            var startedAt = _verificationHistory is null
                ? null
                : await _verificationHistory.LastStartedAsync(resolved, name.Value, cancellationToken).ConfigureAwait(false);
            return Outcome<IdentityDetails>.Success(new IdentityDetails(
                name.Value,
                name.Kind,
                status,
                attributes.VerificationToken,
                VerificationStartedAt: startedAt,
                dkim,
                mailFrom,
                policies.PolicyNames,
                records));
        }).ConfigureAwait(false);
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
