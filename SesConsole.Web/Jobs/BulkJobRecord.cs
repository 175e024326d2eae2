namespace SesConsole.Web.Jobs;

/// <summary>One row of <c>BulkJobs</c>: a job, who started it, its lease and its running counts. Times are UTC ticks.</summary>
public sealed class BulkJobRecord
{
    public Guid Id { get; set; }

    /// <summary><see cref="SesConsole.Core.Jobs.BulkJobKind"/> as its number.</summary>
    public int Kind { get; set; }

    public required string Region { get; set; }

    public required string OperatorObjectId { get; set; }

    public required string OperatorName { get; set; }

    /// <summary>Whether the operator held the Admin role when they started it (the gate checks it on every line).</summary>
    public bool OperatorCanMutate { get; set; }

    public bool IncludeDkim { get; set; }

    public long CreatedAt { get; set; }

    public long? FinishedAt { get; set; }

    /// <summary><see cref="SesConsole.Core.Jobs.BulkJobState"/> as its number.</summary>
    public int State { get; set; }

    public bool CancelRequested { get; set; }

    public int Total { get; set; }

    public int Succeeded { get; set; }

    public int Failed { get; set; }

    public int Cancelled { get; set; }

    public string? LeaseHolder { get; set; }

    public long LeaseExpiresAt { get; set; }
}

/// <summary>One row of <c>BulkJobLines</c>: one identity of a job and how it ended.</summary>
public sealed class BulkJobLineRecord
{
    public Guid JobId { get; set; }

    /// <summary>1-based position in the job.</summary>
    public int Number { get; set; }

    /// <summary>Byte for byte as it is sent to SES.</summary>
    public required string Identity { get; set; }

    public int Kind { get; set; }

    /// <summary><see cref="SesConsole.Core.Jobs.BulkLineState"/> as its number.</summary>
    public int State { get; set; }

    public string? Message { get; set; }

    /// <summary>The DNS records a verified domain needs, as JSON; null for none.</summary>
    public string? Records { get; set; }
}
