namespace SesConsole.Core.Operators;

public enum AuditOutcome
{
    Succeeded,
    Failed,
    Refused,
    /// <summary>The attempt row written before the SES call; it stays so only if its outcome was never learnt.</summary>
    Pending,
    /// <summary>The operator cancelled before SES answered; the change may or may not have been made.</summary>
    Cancelled,
    /// <summary>SES did not answer within the time limit; the change may or may not have been made.</summary>
    TimedOut,
}

/// <summary>Whether the end of an attempt is in the audit trail now, or queued durably to be written shortly.</summary>
public enum AuditCompletion
{
    Written,
    Delayed,
}

/// <summary>An attempt row already written (<see cref="AuditOutcome.Pending"/>), to be completed once SES answered.</summary>
public sealed record AuditAttempt(long Id, AuditEntry Entry);

/// <param name="Action">What was attempted: <c>VerifyEmail</c>, <c>VerifyDomain</c>, <c>SetUpDkim</c>, <c>Delete</c>,
/// <c>PutPolicy</c>, <c>DeletePolicy</c>, <c>SetMailFrom</c>.</param>
/// <param name="Detail">A short plain-language detail (policy name, failure reason); never a token or a document.</param>
public sealed record AuditEntry(
    DateTimeOffset At,
    string OperatorObjectId,
    string OperatorName,
    string Region,
    string Identity,
    string Action,
    AuditOutcome Outcome,
    string? Detail,
    string? SesRequestId);

/// <summary>
/// Where every mutation, successful or not, is recorded. A change at SES is written ahead: <see cref="BeginAsync"/>
/// before the call (throws when it cannot write, and then SES is not called), <see cref="CompleteAsync"/> after it.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Records an attempt that is already over (refused before any SES call).</summary>
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Writes the attempt row before SES is called; throws when it cannot.</summary>
    Task<AuditAttempt> BeginAsync(AuditEntry attempt, CancellationToken cancellationToken) =>
        Task.FromResult(new AuditAttempt(0, attempt));

    /// <summary>Completes the attempt row with how it ended. Never throws because storage failed: what cannot be
    /// written now is queued durably and written later (<see cref="AuditCompletion.Delayed"/>).</summary>
    async Task<AuditCompletion> CompleteAsync(
        AuditAttempt attempt, AuditOutcome outcome, string? detail, string? requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await RecordAsync(attempt.Entry with { Outcome = outcome, Detail = detail, SesRequestId = requestId }, cancellationToken)
            .ConfigureAwait(false);
        return AuditCompletion.Written;
    }
}
