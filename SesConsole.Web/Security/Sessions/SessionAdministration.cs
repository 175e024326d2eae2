using System.Globalization;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;

namespace SesConsole.Web.Security.Sessions;

/// <summary>An Admin's "sign out everywhere" for one person: every session of theirs ends, audit written ahead.</summary>
public sealed class SessionAdministration(
    ICurrentOperator currentOperator, ISessionRegistry sessions, IAuditTrail audit, TimeProvider time, ILogger<SessionAdministration> logger)
{
    public const string AuditAction = "SignOutEverywhere";

    /// <summary>The audit rows' region: this is not a change at SES.</summary>
    public const string AuditRegion = "-";

    public async Task<Outcome<int>> SignOutEverywhereAsync(string personObjectId, string personName, CancellationToken cancellationToken)
    {
        var actor = await currentOperator.GetAsync(cancellationToken);
        var entry = new AuditEntry(time.GetUtcNow(), actor?.ObjectId ?? string.Empty, actor?.Name ?? "(not signed in)",
            AuditRegion, Subject(personObjectId, personName), AuditAction, AuditOutcome.Pending, null, null);
        if (actor is not { CanMutate: true })
        {
            var refusal = new Failure(FailureKind.AccessDenied, "Only an Admin can sign a person out everywhere.");
            await audit.RecordAsync(entry with { Outcome = AuditOutcome.Refused, Detail = refusal.Message }, CancellationToken.None);
            return refusal;
        }

        AuditAttempt attempt;
        try
        {
            attempt = await audit.BeginAsync(entry, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Sign-out everywhere of {Person} not done: the audit attempt could not be written", personObjectId);
            return new Failure(FailureKind.Unavailable, "The audit trail cannot be written right now, so nobody was signed out. Try again in a moment.");
        }

        var ended = await sessions.EndAllAsync(personObjectId, CancellationToken.None);
        await audit.CompleteAsync(attempt, AuditOutcome.Succeeded,
            string.Create(CultureInfo.InvariantCulture, $"Ended {ended} session(s)."), null, CancellationToken.None);
        logger.LogInformation("{Admin} signed {Person} out everywhere ({Sessions} sessions)", actor.Name, personObjectId, ended);
        return ended;
    }

    private static string Subject(string objectId, string name)
    {
        var subject = $"{name} ({objectId})";
        return subject.Length > 320 ? subject[..320] : subject;
    }
}
