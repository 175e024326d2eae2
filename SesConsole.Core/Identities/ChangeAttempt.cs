using Microsoft.Extensions.Logging;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>
/// One attempted change to SES on behalf of one operator: runs the SES call, explains its failure, and records the
/// attempt in the audit trail whatever happens (refused before SES, failed at SES, succeeded).
/// Opened by <see cref="ChangeGate"/>, which has already checked the operator, the region and (when asked) the name.
/// </summary>
public sealed class ChangeAttempt
{
    private readonly IAuditTrail _auditTrail;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _action;

    internal ChangeAttempt(
        IAuditTrail auditTrail, TimeProvider time, ILogger logger, OperatorInfo? actor, string region, string identity, string action)
    {
        _auditTrail = auditTrail;
        _time = time;
        _logger = logger;
        _action = action;
        Actor = actor;
        Region = region;
        Identity = identity.Length > SesLimits.MaxEmailAddressLength ? identity[..SesLimits.MaxEmailAddressLength] : identity;
    }

    /// <summary>Who attempts the change; null only on a refused attempt of someone not signed in.</summary>
    public OperatorInfo? Actor { get; }

    /// <summary>The region as configured once the gate resolved it; the raw input on a refusal before that.</summary>
    public string Region { get; internal set; }

    /// <summary>The identity as recorded: the raw input until it is validated, then its normalised name.</summary>
    public string Identity { get; internal set; }

    /// <summary>The same operator, region and identity attempting a follow-up action.</summary>
    public ChangeAttempt Next(string nextAction) =>
        new(_auditTrail, _time, _logger, Actor, Region, Identity, nextAction);

    /// <summary>Records a refusal made before any SES call and returns it.</summary>
    public async Task<Failure> RefuseAsync(Failure failure, CancellationToken cancellationToken)
    {
        _logger.LogInformation(
            "{Action} of {Identity} in {Region} refused before calling SES: {Reason}", _action, Identity, Region, failure.Message);
        await RecordAsync(AuditOutcome.Refused, failure.Message, null, cancellationToken).ConfigureAwait(false);
        return failure;
    }

    /// <summary>Runs the SES part of the mutation. A failure returned by <paramref name="call"/> itself (a rule
    /// checked against SES's current state) is recorded as a refusal; a <see cref="SesCallException"/> as a failure.</summary>
    /// <param name="detail">What to record on success; never a token or a policy document.</param>
    public async Task<Outcome<T>> RunAsync<T>(
        Func<Task<Outcome<T>>> call, Func<T, string?> requestIdOf, string? detail, CancellationToken cancellationToken)
    {
        Outcome<T> outcome;
        try
        {
            outcome = await call().ConfigureAwait(false);
        }
        catch (SesCallException ex)
        {
            var failure = SesFailures.From(ex);
            _logger.LogWarning(
                "{Action} of {Identity} in {Region} failed at SES: {ErrorCode} (request {RequestId})",
                _action, Identity, Region, ex.ErrorCode, ex.RequestId);
            await RecordAsync(AuditOutcome.Failed, failure.Message, ex.RequestId, cancellationToken).ConfigureAwait(false);
            return failure;
        }
        catch (OperationCanceledException)
        {
            // The change may or may not have reached SES; the attempt is still recorded.
            await RecordAsync(AuditOutcome.Failed, "Canceled before SES answered.", null, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        if (!outcome.Succeeded)
        {
            return await RefuseAsync(outcome.Failure, cancellationToken).ConfigureAwait(false);
        }

        var requestId = requestIdOf(outcome.Value);
        _logger.LogInformation(
            "{Action} of {Identity} in {Region} succeeded (request {RequestId})", _action, Identity, Region, requestId);
        await RecordAsync(AuditOutcome.Succeeded, detail, requestId, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private Task RecordAsync(AuditOutcome outcome, string? detail, string? requestId, CancellationToken cancellationToken) =>
        _auditTrail.RecordAsync(
            new AuditEntry(
                _time.GetUtcNow(),
                Actor?.ObjectId ?? string.Empty,
                Actor?.Name ?? "(not signed in)",
                Region,
                Identity,
                _action,
                outcome,
                detail,
                requestId),
            cancellationToken);
}
