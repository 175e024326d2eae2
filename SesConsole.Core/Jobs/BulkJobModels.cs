using SesConsole.Core.Identities;
using SesConsole.Core.Operators;

namespace SesConsole.Core.Jobs;

public enum BulkJobKind
{
    /// <summary>Starts the verification of every line (addresses and domains typed by an operator).</summary>
    VerifyMany,

    /// <summary>Deletes every line (names exactly as SES holds them).</summary>
    DeleteMany,
}

public enum BulkJobState
{
    /// <summary>Lines are waiting or being worked on.</summary>
    Running,

    /// <summary>Every line has its outcome.</summary>
    Finished,

    /// <summary>An operator cancelled it; lines not yet sent are marked cancelled.</summary>
    Cancelled,
}

public enum BulkLineState
{
    Waiting,
    Succeeded,
    Failed,
    /// <summary>Not sent (the job was cancelled first), or cancelled before SES answered.</summary>
    Cancelled,
}

/// <summary>A job about to be stored: who asked, where, and its lines in order.</summary>
public sealed record NewBulkJob(
    Guid Id,
    BulkJobKind Kind,
    string Region,
    OperatorInfo Operator,
    DateTimeOffset CreatedAt,
    bool IncludeDkim,
    IReadOnlyList<NewBulkJobLine> Lines);

/// <param name="Identity">For <see cref="BulkJobKind.VerifyMany"/> the name as normalised and shown before sending;
/// for <see cref="BulkJobKind.DeleteMany"/> the name exactly as SES lists it.</param>
public sealed record NewBulkJobLine(string Identity, IdentityKind Kind);

/// <summary>One job as the jobs panel lists it.</summary>
public sealed record BulkJobSummary(
    Guid Id,
    BulkJobKind Kind,
    string Region,
    string OperatorName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    BulkJobState State,
    bool CancelRequested,
    int Total,
    int Succeeded,
    int Failed,
    int Cancelled)
{
    public int Done => Succeeded + Failed + Cancelled;

    /// <summary>0..100, for the progress bar.</summary>
    public double Percent => Total == 0 ? 100 : 100.0 * Done / Total;
}

/// <param name="Number">1-based position in the job.</param>
/// <param name="Records">The DNS records a verified domain needs (empty otherwise).</param>
public sealed record BulkJobLine(
    int Number, string Identity, IdentityKind Kind, BulkLineState State, string? Message, IReadOnlyList<DnsRecord> Records);

/// <summary>A job with every line's outcome.</summary>
public sealed record BulkJobDetail(BulkJobSummary Summary, bool IncludeDkim, IReadOnlyList<BulkJobLine> Lines)
{
    /// <summary>Every DNS record of the domains the job verified, for one CSV download.</summary>
    public IReadOnlyList<DnsRecord> Records => Lines.SelectMany(l => l.Records).ToArray();
}

/// <summary>What the runner needs to work on a job it holds.</summary>
public sealed record BulkJobRun(Guid Id, BulkJobKind Kind, string Region, OperatorInfo Operator, bool IncludeDkim, bool CancelRequested);

public enum BulkJobChange
{
    Created,
    Progressed,
    CancelRequested,
    Ended,
}

public sealed class BulkJobChanged(Guid jobId, BulkJobChange change) : EventArgs
{
    public Guid JobId { get; } = jobId;

    public BulkJobChange Change { get; } = change;
}
