using Microsoft.Extensions.Logging;
using SesConsole.Core.Identities.Names;
using SesConsole.Core.Operators;

namespace SesConsole.Core.Identities;

/// <summary>
/// The one way into a change (scoped, like the operator it asks about): checks that the current operator may change
/// things, that the region is one of ours and, when asked, that the identity name is valid, recording every refusal
/// in the audit trail. What it opens is a <see cref="ChangeAttempt"/> that records how the change ends.
/// </summary>
public sealed class ChangeGate(
    ICurrentOperator currentOperator,
    IAuditTrail auditTrail,
    TimeProvider time,
    RegionDirectory regions,
    ILogger<ChangeGate> logger)
{
    /// <summary>Opens an audited change of <paramref name="subject"/> (recorded as given) after the permission and
    /// region checks.</summary>
    public async Task<Outcome<ChangeAttempt>> OpenAsync(
        string action, string? region, string? subject, CancellationToken cancellationToken)
    {
        var actor = await currentOperator.GetAsync(cancellationToken).ConfigureAwait(false);
        var attempt = new ChangeAttempt(auditTrail, time, logger, actor, region ?? string.Empty, subject ?? string.Empty, action);
        if (Refusal(actor) is { } denied)
        {
            return await attempt.RefuseAsync(denied, cancellationToken).ConfigureAwait(false);
        }

        if (!regions.TryResolve(region, out var resolved, out var failure))
        {
            return await attempt.RefuseAsync(failure, cancellationToken).ConfigureAwait(false);
        }

        attempt.Region = resolved;
        return attempt;
    }

    /// <summary>Like <see cref="OpenAsync(string, string?, string?, CancellationToken)"/>, and then checks <paramref name="identity"/> as a name of
    /// <paramref name="kind"/> (either kind when null); the attempt then records the normalised name.</summary>
    public async Task<Outcome<IdentityChange>> OpenAsync(
        string action, string? region, string? identity, IdentityKind? kind, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(action, region, identity, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return opened.Failure;
        }

        var attempt = opened.Value;
        if (!IdentityNames.TryNormalize(identity, kind, out var name, out var invalid))
        {
            return await attempt.RefuseAsync(invalid, cancellationToken).ConfigureAwait(false);
        }

        attempt.Identity = name.Value;
        return new IdentityChange(attempt, name);
    }

    /// <summary>Opens the change as <see cref="OpenAsync(string, string?, string?, IdentityKind?, CancellationToken)"/>
    /// does and, when it is open, makes it: <paramref name="change"/> runs its SES call in the attempt.</summary>
    public async Task<Outcome<T>> ChangeAsync<T>(
        string action,
        string? region,
        string? identity,
        IdentityKind? kind,
        Func<ChangeAttempt, IdentityName, Task<Outcome<T>>> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var opened = await OpenAsync(action, region, identity, kind, cancellationToken).ConfigureAwait(false);
        return opened.Succeeded
            ? await change(opened.Value.Attempt, opened.Value.Name).ConfigureAwait(false)
            : opened.Failure;
    }

    /// <summary>True when the current operator may change things (the first check of a change), for
    /// hiding what they could not do anyway.</summary>
    public async Task<bool> AllowsCurrentOperatorAsync(CancellationToken cancellationToken) =>
        Refusal(await currentOperator.GetAsync(cancellationToken).ConfigureAwait(false)) is null;

    private static Failure? Refusal(OperatorInfo? actor) => actor switch
    {
        null => new Failure(FailureKind.AccessDenied, "You are not signed in, so you cannot change identities."),
        { CanMutate: false } => new Failure(FailureKind.AccessDenied, "Your role can view identities but not change them."),
        _ => null,
    };
}

/// <summary>An open change of one valid identity.</summary>
public sealed record IdentityChange(ChangeAttempt Attempt, IdentityName Name);
