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

    /// <summary>Records a refusal made before any SES call and returns it (also when the audit trail cannot be
    /// written: the refusal stands, and the failure to record it is logged).</summary>
    public async Task<Failure> RefuseAsync(Failure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        _logger.LogInformation(
            "{Action} of {Identity} in {Region} refused before calling SES: {Reason}", _action, Identity, Region, failure.Message);
        try
        {
            await _auditTrail.RecordAsync(Entry(AuditOutcome.Refused, failure.Message, null), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "The refusal of {Action} of {Identity} in {Region} could not be recorded", _action, Identity, Region);
        }

        return failure;
    }

    /// <summary>
    /// Runs the SES part of the change, audit written ahead: the attempt row first (when it cannot be written SES is
    /// not called), then the call, then the row's completion (queued durably when it cannot be written now, and then
    /// the outcome carries a notice saying so). A failure returned by <paramref name="call"/> itself (a rule checked
    /// against SES's current state) is recorded as a refusal; a <see cref="SesCallException"/> as a failure or a
    /// timeout; the operator's cancel as Cancelled. Nothing is thrown.
    /// </summary>
    /// <param name="detail">What to record on success; never a token or a policy document.</param>
    public Task<Outcome<T>> RunAsync<T>(
        Func<Task<Outcome<T>>> call, Func<T, string?> requestIdOf, string? detail, CancellationToken cancellationToken) =>
        RunAsync(call, requestIdOf, () => detail, cancellationToken);

    /// <summary>As the other overload, with the success detail written after SES answered (so it can say what SES said).</summary>
    public async Task<Outcome<T>> RunAsync<T>(
        Func<Task<Outcome<T>>> call, Func<T, string?> requestIdOf, Func<string?> detailAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(detailAfter);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(requestIdOf);
        var begun = await BeginAsync(cancellationToken).ConfigureAwait(false);
        if (!begun.Succeeded)
        {
            return begun.Failure;
        }

        Outcome<T> outcome;
        try
        {
            outcome = await call().ConfigureAwait(false);
        }
        catch (SesCallException ex)
        {
            var failure = SesFailures.From(ex);
            _logger.LogWarning(
                "{Action} of {Identity} in {Region} failed at SES: {ErrorCode} (request {RequestId}, timeout {IsTimeout})",
                _action, Identity, Region, ex.ErrorCode, ex.RequestId, ex.IsTimeout);
            var ended = ex.IsTimeout ? AuditOutcome.TimedOut : AuditOutcome.Failed;
            await CompleteAsync(begun.Value, ended, failure.Message, ex.RequestId).ConfigureAwait(false);
            return ex.IsTimeout ? failure with { Message = TimedOutMessage } : failure;
        }
        catch (OperationCanceledException)
        {
            _logger.LogInformation("{Action} of {Identity} in {Region} cancelled before SES answered", _action, Identity, Region);
            await CompleteAsync(begun.Value, AuditOutcome.Cancelled, CancelledMessage, null).ConfigureAwait(false);
            return new Failure(FailureKind.Cancelled, CancelledMessage);
        }

        if (!outcome.Succeeded)
        {
            _logger.LogInformation(
                "{Action} of {Identity} in {Region} refused: {Reason}", _action, Identity, Region, outcome.Failure.Message);
            await CompleteAsync(begun.Value, AuditOutcome.Refused, outcome.Failure.Message, outcome.Failure.RequestId).ConfigureAwait(false);
            return outcome;
        }

        var requestId = requestIdOf(outcome.Value);
        _logger.LogInformation(
            "{Action} of {Identity} in {Region} succeeded (request {RequestId})", _action, Identity, Region, requestId);
        var completion = await CompleteAsync(begun.Value, AuditOutcome.Succeeded, detailAfter(), requestId).ConfigureAwait(false);
        return completion == AuditCompletion.Written ? outcome : outcome.WithNotice(AuditDelayedNotice);
    }

    public const string AuditUnavailableMessage =
        "The audit trail cannot be written right now, so nothing was sent to SES. Try again in a moment.";

    public const string AuditDelayedNotice =
        "The change was made at SES, but its audit entry is delayed: the console database is busy, and the entry will be written as soon as it can be.";

    public const string CancelledMessage =
        "Cancelled before SES answered: the change may or may not have been made. Check the identity before trying again.";

    public const string TimedOutMessage =
        "SES did not answer in time: the change may or may not have been made. Check the identity before trying again.";

    private async Task<Outcome<AuditAttempt>> BeginAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _auditTrail.BeginAsync(Entry(AuditOutcome.Pending, null, null), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new Failure(FailureKind.Cancelled, "Cancelled before anything was sent to SES.");
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "{Action} of {Identity} in {Region} not sent to SES: the audit attempt could not be written", _action, Identity, Region);
            return new Failure(FailureKind.Unavailable, AuditUnavailableMessage);
        }
    }

    private async Task<AuditCompletion> CompleteAsync(AuditAttempt attempt, AuditOutcome outcome, string? detail, string? requestId)
    {
        try
        {
            // Not the operator's token: the end of an attempt is recorded even when they cancelled or left.
            return await _auditTrail.CompleteAsync(attempt, outcome, detail, requestId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The trail queues what it cannot write; reaching here means even that failed. Never the circuit's problem.
            _logger.LogCritical(ex, "The {Outcome} end of {Action} of {Identity} in {Region} could not be recorded or queued (attempt {AttemptId})",
                outcome, _action, Identity, Region, attempt.Id);
            return AuditCompletion.Delayed;
        }
    }

    private AuditEntry Entry(AuditOutcome outcome, string? detail, string? requestId) =>
        new(
            _time.GetUtcNow(),
            Actor?.ObjectId ?? string.Empty,
            Actor?.Name ?? "(not signed in)",
            Region,
            Identity,
            _action,
            outcome,
            detail,
            requestId);
}
