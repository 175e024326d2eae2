namespace SesConsole.Core.Operators;

public enum AuditOutcome
{
    Succeeded,
    Failed,
    Refused,
}

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

/// <summary>Where every mutation, successful or not, is recorded.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);
}
