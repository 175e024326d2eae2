using SesConsole.Core.Identities.Names;

namespace SesConsole.Core.Identities;

public sealed partial class IdentityService
{
    public async Task<Outcome<Done>> DeleteAsync(string region, string identity, CancellationToken cancellationToken)
    {
        var (attempt, refusal) = await BeginAsync(AuditActions.Delete, region, identity, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!IdentityName.TryCreate(identity, out var name, out var error))
        {
            return await attempt.RefuseAsync(Invalid(error, "identity"), cancellationToken).ConfigureAwait(false);
        }

        attempt.Identity = name.Value;
        var client = clients.ForRegion(attempt.Region);
        return await attempt.RunAsync<Done>(
            async () =>
            {
                var ack = await client.DeleteIdentityAsync(name.Value, cancellationToken).ConfigureAwait(false);
                catalog.NoteDeleted(attempt.Region, name.Value);
                return new Done(ack.RequestId);
            },
            done => done.RequestId,
            "Identity deleted.",
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<Outcome<Done>> SetMailFromDomainAsync(
        string region, string identity, string? mailFromDomain, bool rejectOnMxFailure, CancellationToken cancellationToken)
    {
        var (attempt, refusal) = await BeginAsync(AuditActions.SetMailFrom, region, identity, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!IdentityName.TryCreate(identity, out var name, out var error))
        {
            return await attempt.RefuseAsync(Invalid(error, "identity"), cancellationToken).ConfigureAwait(false);
        }

        attempt.Identity = name.Value;
        string? mailFrom = null;
        string? behavior = null;
        if (!string.IsNullOrWhiteSpace(mailFromDomain))
        {
            var parent = name is EmailIdentityName email ? email.Domain.Value : name.Value;
            var mailFromError = CheckMailFromDomain(mailFromDomain, parent, out mailFrom);
            if (mailFromError is not null)
            {
                return await attempt.RefuseAsync(mailFromError, cancellationToken).ConfigureAwait(false);
            }

            behavior = rejectOnMxFailure ? "RejectMessage" : "UseDefaultValue";
        }

        var client = clients.ForRegion(attempt.Region);
        return await attempt.RunAsync<Done>(
            async () =>
            {
                var ack = await client.SetIdentityMailFromDomainAsync(name.Value, mailFrom, behavior, cancellationToken)
                    .ConfigureAwait(false);
                return new Done(ack.RequestId);
            },
            done => done.RequestId,
            mailFrom is null ? "Custom MAIL FROM domain removed." : $"MAIL FROM domain set to {mailFrom} ({behavior}).",
            cancellationToken).ConfigureAwait(false);
    }

    private static Failure? CheckMailFromDomain(string input, string parentDomain, out string? mailFrom)
    {
        mailFrom = null;
        if (!DomainIdentityName.TryCreate(input, "The MAIL FROM domain", out var candidate, out var error))
        {
            return Invalid(error, "mailFromDomain");
        }

        if (!candidate.Value.EndsWith("." + parentDomain, StringComparison.Ordinal))
        {
            return Invalid(
                $"The MAIL FROM domain must be a subdomain of {parentDomain}, like mail.{parentDomain}.", "mailFromDomain");
        }

        mailFrom = candidate.Value;
        return null;
    }
}
