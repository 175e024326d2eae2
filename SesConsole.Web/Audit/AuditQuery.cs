using Microsoft.EntityFrameworkCore;
using SesConsole.Web.Data;

namespace SesConsole.Web.Audit;

/// <param name="Identity">Substring of the identity name.</param>
/// <param name="Person">Substring of the operator name.</param>
public sealed record AuditFilter(
    string? Identity = null,
    string? Person = null,
    string? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int PageIndex = 0,
    int PageSize = 50);

public sealed record AuditPage(IReadOnlyList<AuditRecord> Items, int TotalCount);

public interface IAuditQuery
{
    Task<AuditPage> FindAsync(AuditFilter filter, CancellationToken cancellationToken);
}

public sealed class EfAuditQuery(IDbContextFactory<SesConsoleDbContext> contexts) : IAuditQuery
{
    public async Task<AuditPage> FindAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<AuditRecord> query = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Identity))
        {
            query = query.Where(r => r.Identity.Contains(filter.Identity.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            query = query.Where(r => r.OperatorName.Contains(filter.Person.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(r => r.Action == filter.Action);
        }

        if (filter.From is { } from)
        {
            query = query.Where(r => r.At >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(r => r.At <= to);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Skip(filter.PageIndex * filter.PageSize).Take(filter.PageSize)
            .ToListAsync(cancellationToken);
        return new AuditPage(items, total);
    }
}
