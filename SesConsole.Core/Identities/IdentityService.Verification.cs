using SesConsole.Core.Identities.Names;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

public sealed partial class IdentityService
{
    public async Task<Outcome<EmailVerificationStarted>> VerifyEmailAsync(
        string region, string emailAddress, CancellationToken cancellationToken)
    {
        var (attempt, refusal) = await BeginAsync(AuditActions.VerifyEmail, region, emailAddress, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!EmailIdentityName.TryCreate(emailAddress, out var name, out var error))
        {
            return await attempt.RefuseAsync(Invalid(error, "emailAddress"), cancellationToken).ConfigureAwait(false);
        }

        attempt.Identity = name.Value;
        var client = clients.ForRegion(attempt.Region);
        return await attempt.RunAsync<EmailVerificationStarted>(
            async () =>
            {
                var ack = await client.VerifyEmailIdentityAsync(name.Value, cancellationToken).ConfigureAwait(false);
                catalog.NoteVerificationStarted(attempt.Region, name.Value);
                return new EmailVerificationStarted(name.Value, ack.RequestId);
            },
            started => started.RequestId,
            "Verification email sent.",
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<Outcome<DomainVerificationStarted>> VerifyDomainAsync(
        string region, string domain, bool includeDkim, CancellationToken cancellationToken)
    {
        var (attempt, refusal) = await BeginAsync(AuditActions.VerifyDomain, region, domain, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!DomainIdentityName.TryCreate(domain, out var name, out var error))
        {
            return await attempt.RefuseAsync(Invalid(error, "domain"), cancellationToken).ConfigureAwait(false);
        }

        attempt.Identity = name.Value;
        var client = clients.ForRegion(attempt.Region);
        var started = await attempt.RunAsync<VerifyDomainIdentityResponse>(
            async () =>
            {
                var response = await client.VerifyDomainIdentityAsync(name.Value, cancellationToken).ConfigureAwait(false);
                catalog.NoteVerificationStarted(attempt.Region, name.Value);
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
    }

    public async Task<Outcome<DkimSetup>> SetUpDkimAsync(string region, string domain, CancellationToken cancellationToken)
    {
        var (attempt, refusal) = await BeginAsync(AuditActions.SetUpDkim, region, domain, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!DomainIdentityName.TryCreate(domain, out var name, out var error))
        {
            return await attempt.RefuseAsync(Invalid(error, "domain"), cancellationToken).ConfigureAwait(false);
        }

        attempt.Identity = name.Value;
        var dkim = await RunVerifyDkimAsync(attempt, clients.ForRegion(attempt.Region), name.Value, cancellationToken)
            .ConfigureAwait(false);
        if (!dkim.Succeeded)
        {
            return dkim.Failure;
        }

        return new DkimSetup(name.Value, dkim.Value.DkimTokens, DnsRecords.Dkim(name.Value, dkim.Value.DkimTokens), dkim.Value.RequestId);
    }

    private Task<Outcome<VerifyDomainDkimResponse>> RunVerifyDkimAsync(
        MutationAttempt attempt, ISesClient client, string domain, CancellationToken cancellationToken) =>
        attempt.RunAsync<VerifyDomainDkimResponse>(
            async () =>
            {
                var response = await client.VerifyDomainDkimAsync(domain, cancellationToken).ConfigureAwait(false);
                // VerifyDomainDkim creates the domain identity when SES did not have it.
                catalog.NoteVerificationStarted(attempt.Region, domain);
                return response;
            },
            response => response.RequestId,
            "DKIM set up.",
            cancellationToken);
}
