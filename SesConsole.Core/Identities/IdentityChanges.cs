using SesConsole.Core.Identities.Names;
using SesConsole.Core.Index;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>
/// The identity changes of one operator's session (scoped): each opens through the <see cref="ChangeGate"/>, runs
/// its SES call in the <see cref="ChangeAttempt"/> that records it, and writes what changed through to the identity
/// index at once.
/// </summary>
public sealed partial class IdentityChanges(ChangeGate gate, IndexWriteThrough index, ISesClientFactory clients) : IIdentityChanges
{
    private readonly ChangeGate _gate = gate;
    private readonly IndexWriteThrough _index = index;
    private readonly ISesClientFactory _clients = clients;

    public Task<Outcome<Done>> DeleteAsync(string region, string identity, CancellationToken cancellationToken) =>
        _gate.ChangeAsync<Done>(AuditActions.Delete, region, identity, null, async (attempt, name) =>
        {
            var client = _clients.ForRegion(attempt.Region);
            return await attempt.RunAsync<Done>(
                async () =>
                {
                    var ack = await client.DeleteIdentityAsync(name.Value, cancellationToken).ConfigureAwait(false);
                    await _index.DeletedAsync(attempt.Region, name.Value).ConfigureAwait(false);
                    return new Done(ack.RequestId);
                },
                done => done.RequestId,
                "Identity deleted.",
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<Outcome<Done>> SetMailFromDomainAsync(
        string region, string identity, string? mailFromDomain, bool rejectOnMxFailure, CancellationToken cancellationToken) =>
        _gate.ChangeAsync<Done>(AuditActions.SetMailFrom, region, identity, null, async (attempt, name) =>
        {
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

            var client = _clients.ForRegion(attempt.Region);
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
        }, cancellationToken);

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

    private static Failure Invalid(string message, string field) => new(FailureKind.InvalidInput, message, Field: field);
}
