using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Web.Data;

namespace SesConsole.Web.Audit;

/// <summary>The last successful VerifyEmail/VerifyDomain in the audit trail is when this console started verification.</summary>
public sealed class AuditVerificationHistory(IDbContextFactory<SesConsoleDbContext> contexts) : IVerificationHistory
{
    private static readonly string[] StartActions = [AuditActions.VerifyEmail, AuditActions.VerifyDomain];

    public async Task<DateTimeOffset?> LastStartedAsync(string region, string identity, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var succeeded = nameof(AuditOutcome.Succeeded);
        var latest = await db.AuditRecords.AsNoTracking()
            .Where(r => r.Region == region && r.Identity == identity && r.Outcome == succeeded && StartActions.Contains(r.Action))
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Select(r => (DateTimeOffset?)r.At)
            .FirstOrDefaultAsync(cancellationToken);
        return latest;
    }
}
