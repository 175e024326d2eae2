using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Operators;
using SesConsole.Web.Data;

namespace SesConsole.Web.Audit;

/// <summary>
/// Stores audit entries with EF Core (a context per write keeps it safe from any circuit). Changes are written
/// ahead: the attempt row first, its completion after SES answered; a completion the database refuses (busy,
/// locked) goes to the durable <see cref="AuditCompletionQueue"/>, which <see cref="AuditQueueDrainer"/> writes later.
/// </summary>
public sealed class EfAuditTrail(
    IDbContextFactory<SesConsoleDbContext> contexts, AuditCompletionQueue queue, TimeProvider time, ILogger<EfAuditTrail> logger) : IAuditTrail
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditRecords.Add(ToRecord(entry));
        // The audit row must be written even when the operator navigated away mid-call.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    public async Task<AuditAttempt> BeginAsync(AuditEntry attempt, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = ToRecord(attempt with { Outcome = AuditOutcome.Pending });
        db.AuditRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return new AuditAttempt(record.Id, attempt);
    }

    public async Task<AuditCompletion> CompleteAsync(
        AuditAttempt attempt, AuditOutcome outcome, string? detail, string? requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var completion = new QueuedCompletion(attempt.Id, outcome.ToString(), Truncate(detail, 1024), requestId, time.GetUtcNow());
        try
        {
            await ApplyAsync(contexts, completion, CancellationToken.None);
            return AuditCompletion.Written;
        }
        catch (Exception ex) when (ex is DbUpdateException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Audit attempt {AttemptId} ended {Outcome} but the database refused the completion; it is queued", attempt.Id, outcome);
            await queue.EnqueueAsync(completion);
            return AuditCompletion.Delayed;
        }
    }

    /// <summary>Writes one completion onto its attempt row.</summary>
    public static async Task ApplyAsync(IDbContextFactory<SesConsoleDbContext> contexts, QueuedCompletion completion, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.AuditRecords
            .Where(r => r.Id == completion.AttemptId)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.Outcome, completion.Outcome)
                    .SetProperty(r => r.Detail, completion.Detail)
                    .SetProperty(r => r.SesRequestId, completion.SesRequestId),
                cancellationToken);
    }

    private static AuditRecord ToRecord(AuditEntry entry) => new()
    {
        At = entry.At,
        OperatorObjectId = entry.OperatorObjectId,
        OperatorName = entry.OperatorName,
        Region = entry.Region,
        Identity = entry.Identity,
        Action = entry.Action,
        Outcome = entry.Outcome.ToString(),
        Detail = Truncate(entry.Detail, 1024),
        SesRequestId = entry.SesRequestId,
    };

    private static string? Truncate(string? value, int length) => value is { Length: var n } && n > length ? value[..length] : value;
}
