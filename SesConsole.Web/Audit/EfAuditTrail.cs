using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Operators;
using SesConsole.Web.Data;

namespace SesConsole.Web.Audit;

/// <summary>Stores audit entries with EF Core; a context per write keeps it safe from any circuit.</summary>
public sealed class EfAuditTrail(IDbContextFactory<SesConsoleDbContext> contexts) : IAuditTrail
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditRecords.Add(new AuditRecord
        {
            At = entry.At,
            OperatorObjectId = entry.OperatorObjectId,
            OperatorName = entry.OperatorName,
            Region = entry.Region,
            Identity = entry.Identity,
            Action = entry.Action,
            Outcome = entry.Outcome.ToString(),
            Detail = entry.Detail,
            SesRequestId = entry.SesRequestId,
        });
        // The audit row must be written even when the operator navigated away mid-call.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
