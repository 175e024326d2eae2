using Microsoft.Extensions.Logging;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>
/// One attempted change to SES on behalf of one operator: runs the SES call, explains its failure, and records the
/// attempt in the audit trail whatever happens (refused before SES, failed at SES, succeeded).
/// </summary>
internal sealed class MutationAttempt(
    IAuditTrail auditTrail,
    TimeProvider time,
    ILogger logger,
    OperatorInfo? actor,
    string region,
    string identity,
    string action)
{
    private const int MaxRecordedInputLength = 320;

    public OperatorInfo? Actor => actor;

    public string Region { get; set; } = region;

    /// <summary>The identity as recorded: the raw input until it is validated, then its normalised name.</summary>
    public string Identity { get; set; } = identity.Length > MaxRecordedInputLength ? identity[..MaxRecordedInputLength] : identity;

    /// <summary>The same operator, region and identity attempting a follow-up action.</summary>
    public MutationAttempt Next(string nextAction) =>
        new(auditTrail, time, logger, actor, Region, Identity, nextAction);

    /// <summary>Records a refusal made before any SES call and returns it.</summary>
    public async Task<Failure> RefuseAsync(Failure failure, CancellationToken cancellationToken)
    {
        logger.LogInformation(
            "{Action} of {Identity} in {Region} refused before calling SES: {Reason}", action, Identity, Region, failure.Message);
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
            logger.LogWarning(
                "{Action} of {Identity} in {Region} failed at SES: {ErrorCode} (request {RequestId})",
                action, Identity, Region, ex.ErrorCode, ex.RequestId);
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
        logger.LogInformation(
            "{Action} of {Identity} in {Region} succeeded (request {RequestId})", action, Identity, Region, requestId);
        await RecordAsync(AuditOutcome.Succeeded, detail, requestId, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private Task RecordAsync(AuditOutcome outcome, string? detail, string? requestId, CancellationToken cancellationToken) =>
        auditTrail.RecordAsync(
            new AuditEntry(
                time.GetUtcNow(),
                actor?.ObjectId ?? string.Empty,
                actor?.Name ?? "(not signed in)",
                Region,
                Identity,
                action,
                outcome,
                detail,
                requestId),
            cancellationToken);
}
