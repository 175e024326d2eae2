using SesConsole.Core.Identities.Names;
using SesConsole.Core.Index;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>
/// The identity changes of one operator's session (scoped): each opens through the <see cref="ChangeGate"/>, runs
/// its SES call in the <see cref="ChangeAttempt"/> that records it, and writes what changed through to the identity
/// index at once.
/// </summary>
public sealed partial class IdentityChanges : IIdentityChanges
{
    private readonly ChangeGate _gate;
    private readonly IndexWriteThrough _index;
    private readonly ISesClientFactory _clients;
    private readonly IReadOnlyList<IIdentityDeletionFollowUp> _deletionFollowUps;

    public IdentityChanges(ChangeGate gate, IndexWriteThrough index, ISesClientFactory clients)
        : this(gate, index, clients, [])
    {
    }

    public IdentityChanges(
        ChangeGate gate, IndexWriteThrough index, ISesClientFactory clients, IEnumerable<IIdentityDeletionFollowUp> deletionFollowUps)
    {
        _gate = gate;
        _index = index;
        _clients = clients;
        _deletionFollowUps = deletionFollowUps.ToList();
    }

    /// <summary>
    /// Deletes an identity SES holds. SES's DeleteIdentity succeeds for names it does not know, so existence is checked
    /// first with one status call: an unknown name is "already gone" (NotFound, audited as refused, nothing deleted).
    /// Either way the exact name leaves the index, and the audit row says what SES answered.
    /// </summary>
    public Task<Outcome<Done>> DeleteAsync(string region, string identity, CancellationToken cancellationToken) =>
        _gate.ChangeAsync<Done>(AuditActions.Delete, region, identity, null, async (attempt, name) =>
        {
            var client = _clients.ForRegion(attempt.Region);
            VerificationStatus? statusBefore = null;
            var deleted = await attempt.RunAsync<Done>(
                async () =>
                {
                    var held = await client.GetIdentityVerificationAttributesAsync([name.Value], cancellationToken).ConfigureAwait(false);
                    if (!held.VerificationAttributes.TryGetValue(name.Value, out var attributes))
                    {
                        await _index.DeletedAsync(attempt.Region, name.Value).ConfigureAwait(false);
                        return new Failure(
                            FailureKind.NotFound,
                            $"SES has no identity {name.Value} in {attempt.Region}: it is already gone, so nothing was deleted.",
                            RequestId: held.RequestId);
                    }

                    statusBefore = attributes.VerificationStatus.ToVerificationStatus();

                    var ack = await client.DeleteIdentityAsync(name.Value, cancellationToken).ConfigureAwait(false);
                    await _index.DeletedAsync(attempt.Region, name.Value).ConfigureAwait(false);
                    return new Done(ack.RequestId);
                },
                done => done.RequestId,
                () => $"SES deleted {name.Value} (it was {statusBefore}).",
                cancellationToken).ConfigureAwait(false);
            if (deleted.Succeeded)
            {
                foreach (var followUp in _deletionFollowUps)
                {
                    // Not the operator's token: what hangs on a deleted identity ends with it even if they left.
                    await followUp.IdentityDeletedAsync(attempt.Region, name.Value, attempt.Actor, CancellationToken.None).ConfigureAwait(false);
                }
            }

            return deleted;
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
        var check = MailFromDomains.Check(input, parentDomain);
        mailFrom = check.Normalized;
        return check.IsValid ? null : Invalid(check.Error!, MailFromDomains.Field);
    }

    private static Failure Invalid(string message, string field) => new(FailureKind.InvalidInput, message, Field: field);
}
