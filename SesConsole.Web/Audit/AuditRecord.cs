namespace SesConsole.Web.Audit;

/// <summary>One row of the audit trail as stored.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string OperatorObjectId { get; set; }

    public required string OperatorName { get; set; }

    public required string Region { get; set; }

    public required string Identity { get; set; }

    public required string Action { get; set; }

    public required string Outcome { get; set; }

    public string? Detail { get; set; }

    public string? SesRequestId { get; set; }
}
