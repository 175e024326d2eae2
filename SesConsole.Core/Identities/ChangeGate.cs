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
    /// <summary>Opens an audited change of <paramref name="subject"/> in <paramref name="region"/> (both recorded as
    /// given) after the permission check alone: for changes of the console's own data whose region and subject come
    /// from its store rather than from the operator.</summary>
    public async Task<Outcome<ChangeAttempt>> AdmitAsync(
        string action, string? region, string? subject, CancellationToken cancellationToken)
    {
        OperatorInfo? actor;
        try
        {
            actor = await currentOperator.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Action} not attempted: the operator's sign-in could not be checked", action);
            return new Failure(FailureKind.Unavailable, "Your sign-in could not be checked right now, so nothing was changed. Try again in a moment.");
        }

        var attempt = new ChangeAttempt(auditTrail, time, logger, actor, region ?? string.Empty, subject ?? string.Empty, action);
        return Refusal(actor) is { } denied
            ? await attempt.RefuseAsync(denied, cancellationToken).ConfigureAwait(false)
            : attempt;
    }

    /// <summary>Opens an audited change of <paramref name="subject"/> (recorded as given) after the permission and
    /// region checks; the attempt then records the region as configured.</summary>
    public async Task<Outcome<ChangeAttempt>> OpenAsync(
        string action, string? region, string? subject, CancellationToken cancellationToken)
    {
        var admitted = await AdmitAsync(action, region, subject, cancellationToken).ConfigureAwait(false);
        if (!admitted.Succeeded)
        {
            return admitted.Failure;
        }

        var attempt = admitted.Value;
        if (!regions.TryResolve(region, out var resolved, out var failure))
        {
            return await attempt.RefuseAsync(failure, cancellationToken).ConfigureAwait(false);
        }

        attempt.Region = resolved;
        return attempt;
    }

    /// <summary>Like <see cref="OpenAsync(string, string?, string?, CancellationToken)"/>, and then checks <paramref name="identity"/>:
    /// with a <paramref name="kind"/>, as a new name an operator typed (normalised, and the attempt records the
    /// normalised name); without one, as a name SES holds, used and recorded byte for byte
    /// (<see cref="IdentityNames.TryExisting"/>).</summary>
    public async Task<Outcome<IdentityChange>> OpenAsync(
        string action, string? region, string? identity, IdentityKind? kind, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(action, region, identity, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return opened.Failure;
        }

        var attempt = opened.Value;
        IdentityName? name;
        Failure? invalid;
        if (kind is null ? !IdentityNames.TryExisting(identity, out name, out invalid) : !IdentityNames.TryNormalize(identity, kind, out name, out invalid))
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

    /// <summary>Why <paramref name="actor"/> may not change identities, or null when they may: the one rule every
    /// change (one identity or a bulk job) checks first.</summary>
    internal static Failure? Refusal(OperatorInfo? actor) => actor switch
    {
        null => new Failure(FailureKind.AccessDenied, "You are not signed in, so you cannot change identities."),
        { CanMutate: false } => new Failure(FailureKind.AccessDenied, "Your role can view identities but not change them."),
        _ => null,
    };
}

/// <summary>An open change of one valid identity.</summary>
public sealed record IdentityChange(ChangeAttempt Attempt, IdentityName Name);
