using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Identities;
using SesConsole.Core.Jobs;
using SesConsole.Core.Operators;
using SesConsole.Web.Data;

namespace SesConsole.Web.Jobs;

/// <summary>
/// <see cref="IBulkJobStore"/> in the console's database (a context per call). A line's outcome and the job's counts
/// are written in one save; the lease is one atomic conditional update, so two instances never both run a job.
/// </summary>
public sealed class EfBulkJobStore(IDbContextFactory<SesConsoleDbContext> contexts) : IBulkJobStore
{
    private static readonly JsonSerializerOptions RecordJson = new(JsonSerializerDefaults.Web);

    public event EventHandler<BulkJobChanged>? Changed;

    public async Task CreateAsync(NewBulkJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.BulkJobs.Add(new BulkJobRecord
        {
            Id = job.Id,
            Kind = (int)job.Kind,
            Region = job.Region,
            OperatorObjectId = job.Operator.ObjectId,
            OperatorName = job.Operator.Name,
            OperatorCanMutate = job.Operator.CanMutate,
            IncludeDkim = job.IncludeDkim,
            CreatedAt = job.CreatedAt.UtcTicks,
            State = (int)BulkJobState.Running,
            Total = job.Lines.Count,
        });
        db.BulkJobLines.AddRange(job.Lines.Select((line, i) => new BulkJobLineRecord
        {
            JobId = job.Id,
            Number = i + 1,
            Identity = line.Identity,
            Kind = (int)line.Kind,
            State = (int)BulkLineState.Waiting,
        }));
        await db.SaveChangesAsync(cancellationToken);
        Raise(job.Id, BulkJobChange.Created);
    }

    public async Task<IReadOnlyList<BulkJobSummary>> ListAsync(int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var jobs = await db.BulkJobs.AsNoTracking().OrderByDescending(j => j.CreatedAt).Take(max).ToListAsync(cancellationToken);
        return jobs.Select(ToSummary).ToArray();
    }

    public async Task<BulkJobDetail?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.BulkJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
        {
            return null;
        }

        var lines = await db.BulkJobLines.AsNoTracking().Where(l => l.JobId == id).OrderBy(l => l.Number).ToListAsync(cancellationToken);
        return new BulkJobDetail(ToSummary(job), job.IncludeDkim, lines.Select(ToLine).ToArray());
    }

    public async Task<BulkJobRun?> TryClaimAsync(string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var nowTicks = now.UtcTicks;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await db.BulkJobs.AsNoTracking()
            .Where(j => j.State == (int)BulkJobState.Running && (j.LeaseHolder == null || j.LeaseHolder == holder || j.LeaseExpiresAt < nowTicks))
            .OrderBy(j => j.CreatedAt)
            .Select(j => j.Id)
            .Take(5)
            .ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            if (await RenewAsync(id, holder, now, lease, cancellationToken) is { } run)
            {
                return run;
            }
        }

        return null;
    }

    public async Task<BulkJobRun?> RenewAsync(Guid id, string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var nowTicks = now.UtcTicks;
        var until = (now + lease).UtcTicks;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One statement: whoever matches holds the row; a second runner's update then finds the new holder.
        var taken = await db.BulkJobs
            .Where(j => j.Id == id && j.State == (int)BulkJobState.Running
                && (j.LeaseHolder == null || j.LeaseHolder == holder || j.LeaseExpiresAt < nowTicks))
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseHolder, holder).SetProperty(j => j.LeaseExpiresAt, until), cancellationToken);
        if (taken != 1)
        {
            return null;
        }

        var job = await db.BulkJobs.AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken);
        return new BulkJobRun(
            job.Id,
            (BulkJobKind)job.Kind,
            job.Region,
            new OperatorInfo(job.OperatorObjectId, job.OperatorName, job.OperatorCanMutate),
            job.IncludeDkim,
            job.CancelRequested);
    }

    public async Task<IReadOnlyList<BulkJobLine>> WaitingLinesAsync(Guid id, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = await db.BulkJobLines.AsNoTracking()
            .Where(l => l.JobId == id && l.State == (int)BulkLineState.Waiting)
            .OrderBy(l => l.Number)
            .Take(max)
            .ToListAsync(cancellationToken);
        return lines.Select(ToLine).ToArray();
    }

    public async Task CompleteLineAsync(
        Guid id, int number, BulkLineState state, string? message, IReadOnlyList<DnsRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var line = await db.BulkJobLines.SingleAsync(l => l.JobId == id && l.Number == number, cancellationToken);
        var job = await db.BulkJobs.SingleAsync(j => j.Id == id, cancellationToken);
        if (line.State != (int)BulkLineState.Waiting)
        {
            return;
        }

        line.State = (int)state;
        line.Message = Trim(message);
        line.Records = records.Count == 0 ? null : JsonSerializer.Serialize(records, RecordJson);
        Count(job, state, 1);
        await db.SaveChangesAsync(cancellationToken);
        Raise(id, BulkJobChange.Progressed);
    }

    public async Task<bool> RequestCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var marked = await db.BulkJobs
            .Where(j => j.Id == id && j.State == (int)BulkJobState.Running)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.CancelRequested, true), cancellationToken);
        if (marked == 1)
        {
            Raise(id, BulkJobChange.CancelRequested);
        }

        return marked == 1;
    }

    public Task EndAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken) =>
        EndAsync(id, at, stopReason: null, cancellationToken);

    public Task StopAsync(Guid id, DateTimeOffset at, string reason, CancellationToken cancellationToken) =>
        EndAsync(id, at, reason, cancellationToken);

    /// <summary>Ends the job: cancelled (waiting lines marked so, with the reason) when cancel was asked or the runner
    /// stops it for <paramref name="stopReason"/>, else finished.</summary>
    private async Task EndAsync(Guid id, DateTimeOffset at, string? stopReason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.BulkJobs.SingleAsync(j => j.Id == id, cancellationToken);
        var cancelled = job.CancelRequested || stopReason is not null;
        if (cancelled)
        {
            var notSent = await db.BulkJobLines.Where(l => l.JobId == id && l.State == (int)BulkLineState.Waiting).ToListAsync(cancellationToken);
            foreach (var line in notSent)
            {
                line.State = (int)BulkLineState.Cancelled;
                line.Message = stopReason ?? "Not sent: the job was cancelled first.";
            }

            Count(job, BulkLineState.Cancelled, notSent.Count);
        }

        job.State = (int)(cancelled ? BulkJobState.Cancelled : BulkJobState.Finished);
        job.FinishedAt = at.UtcTicks;
        job.LeaseHolder = null;
        job.LeaseExpiresAt = 0;
        await db.SaveChangesAsync(cancellationToken);
        Raise(id, BulkJobChange.Ended);
    }

    public async Task ReleaseAsync(Guid id, string holder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.BulkJobs
            .Where(j => j.Id == id && j.LeaseHolder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseHolder, (string?)null).SetProperty(j => j.LeaseExpiresAt, 0L), cancellationToken);
    }

    private static void Count(BulkJobRecord job, BulkLineState state, int lines)
    {
        switch (state)
        {
            case BulkLineState.Succeeded:
                job.Succeeded += lines;
                break;
            case BulkLineState.Failed:
                job.Failed += lines;
                break;
            case BulkLineState.Cancelled:
                job.Cancelled += lines;
                break;
        }
    }

    private void Raise(Guid id, BulkJobChange change) => Changed?.Invoke(this, new BulkJobChanged(id, change));

    private static string? Trim(string? message) => message is { Length: > 1024 } ? message[..1024] : message;

    private static BulkJobSummary ToSummary(BulkJobRecord job) => new(
        job.Id,
        (BulkJobKind)job.Kind,
        job.Region,
        job.OperatorName,
        new DateTimeOffset(job.CreatedAt, TimeSpan.Zero),
        job.FinishedAt is { } finished ? new DateTimeOffset(finished, TimeSpan.Zero) : null,
        (BulkJobState)job.State,
        job.CancelRequested,
        job.Total,
        job.Succeeded,
        job.Failed,
        job.Cancelled);

    private static BulkJobLine ToLine(BulkJobLineRecord line) => new(
        line.Number,
        line.Identity,
        (IdentityKind)line.Kind,
        (BulkLineState)line.State,
        line.Message,
        line.Records is null ? [] : JsonSerializer.Deserialize<DnsRecord[]>(line.Records, RecordJson) ?? []);
}
