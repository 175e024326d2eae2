using SesConsole.Core.Identities.Names;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

public sealed partial class IdentityChanges
{
    public Task<Outcome<EmailVerificationStarted>> VerifyEmailAsync(
        string region, string emailAddress, CancellationToken cancellationToken) =>
        _gate.ChangeAsync<EmailVerificationStarted>(AuditActions.VerifyEmail, region, emailAddress, IdentityKind.EmailAddress, async (attempt, name) =>
        {
            var client = _clients.ForRegion(attempt.Region);
            return await attempt.RunAsync<EmailVerificationStarted>(
                async () =>
                {
                    var ack = await client.VerifyEmailIdentityAsync(name.Value, cancellationToken).ConfigureAwait(false);
                    await _index.VerificationStartedAsync(attempt.Region, name.Value, name.Kind).ConfigureAwait(false);
                    return new EmailVerificationStarted(name.Value, ack.RequestId);
                },
                started => started.RequestId,
                "Verification email sent.",
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<Outcome<DomainVerificationStarted>> VerifyDomainAsync(
        string region, string domain, bool includeDkim, CancellationToken cancellationToken) =>
        _gate.ChangeAsync<DomainVerificationStarted>(AuditActions.VerifyDomain, region, domain, IdentityKind.Domain, async (attempt, name) =>
        {
            var client = _clients.ForRegion(attempt.Region);
            var started = await attempt.RunAsync<VerifyDomainIdentityResponse>(
                async () =>
                {
                    var response = await client.VerifyDomainIdentityAsync(name.Value, cancellationToken).ConfigureAwait(false);
                    await _index.VerificationStartedAsync(attempt.Region, name.Value, name.Kind).ConfigureAwait(false);
                    return response;
                },
                response => response.RequestId,
                "Domain verification started.",
                cancellationToken).ConfigureAwait(false);
            if (!started.Succeeded)
            {
                return started.Failure;
            }

            var records = new List<DnsRecord> { DnsRecords.Verification(name.Value, started.Value.VerificationToken) };
            if (includeDkim)
            {
                var dkim = await RunVerifyDkimAsync(attempt.Next(AuditActions.SetUpDkim), client, name.Value, cancellationToken)
                    .ConfigureAwait(false);
                if (!dkim.Succeeded)
                {
                    return dkim.Failure with
                    {
                        Message = $"Verification of {name.Value} started, but SES did not set up DKIM: {dkim.Failure.Message}",
                    };
                }

                records.AddRange(DnsRecords.Dkim(name.Value, dkim.Value.DkimTokens));
            }

            return new DomainVerificationStarted(name.Value, started.Value.VerificationToken, records, started.Value.RequestId);
        }, cancellationToken);

    public Task<Outcome<DkimSetup>> SetUpDkimAsync(string region, string domain, CancellationToken cancellationToken) =>
        _gate.ChangeAsync<DkimSetup>(AuditActions.SetUpDkim, region, domain, IdentityKind.Domain, async (attempt, name) =>
        {
            var dkim = await RunVerifyDkimAsync(attempt, _clients.ForRegion(attempt.Region), name.Value, cancellationToken)
                .ConfigureAwait(false);
            if (!dkim.Succeeded)
            {
                return dkim.Failure;
            }

            return new DkimSetup(name.Value, dkim.Value.DkimTokens, DnsRecords.Dkim(name.Value, dkim.Value.DkimTokens), dkim.Value.RequestId);
        }, cancellationToken);

    private Task<Outcome<VerifyDomainDkimResponse>> RunVerifyDkimAsync(
        ChangeAttempt attempt, ISesClient client, string domain, CancellationToken cancellationToken) =>
        attempt.RunAsync<VerifyDomainDkimResponse>(
            async () =>
            {
                var response = await client.VerifyDomainDkimAsync(domain, cancellationToken).ConfigureAwait(false);
                // VerifyDomainDkim creates the domain identity when SES did not have it; a verified domain stays verified.
                await _index.DkimSetUpAsync(attempt.Region, domain).ConfigureAwait(false);
                return response;
            },
            response => response.RequestId,
            "DKIM set up.",
            cancellationToken);
}
