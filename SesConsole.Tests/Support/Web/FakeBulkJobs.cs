using SesConsole.Core.Identities;
using SesConsole.Core.Jobs;

namespace SesConsole.Tests.Support.Web;

/// <summary>Bulk jobs for page tests: the list check is Core's own (input reading and verdicts, over a fixed set of
/// names the region "already holds"); jobs are what the test sets, and every start and cancel is recorded.</summary>
public sealed class FakeBulkJobs : IBulkJobs, IBulkJobStore
{
    public event EventHandler<BulkJobChanged>? Changed;

    public HashSet<string> Held { get; } = new(StringComparer.Ordinal);

    public List<(BulkVerifyPlan Plan, bool IncludeDkim)> VerifyStarts { get; } = [];

    public List<(string Region, IReadOnlyList<string> Identities, string? TypedCount)> DeleteStarts { get; } = [];

    public List<Guid> Cancels { get; } = [];

    public Dictionary<Guid, BulkJobDetail> Jobs { get; } = [];

    public Guid NextId { get; set; } = Guid.Parse("0b5e7a7e-0000-4000-8000-000000000001");

    public Task<Outcome<BulkVerifyPlan>> CheckVerifyListAsync(string region, string? text, CancellationToken cancellationToken)
    {
        var input = BulkInput.Read(text);
        if (input.Count == 0)
        {
            return Task.FromResult<Outcome<BulkVerifyPlan>>(
                new Failure(FailureKind.InvalidInput, "The list is empty: paste or upload addresses and domains, one per line.", Field: "list"));
        }

        var plan = BulkVerifyPlanner.Check(region, input, name => Held.Contains(name));
        return Task.FromResult<Outcome<BulkVerifyPlan>>(plan);
    }

    public Task<Outcome<Guid>> StartVerifyAsync(BulkVerifyPlan plan, bool includeDkim, CancellationToken cancellationToken)
    {
        VerifyStarts.Add((plan, includeDkim));
        return Task.FromResult<Outcome<Guid>>(NextId);
    }

    public Task<Outcome<Guid>> StartDeleteAsync(string region, IReadOnlyList<string> identities, string? typedCount, CancellationToken cancellationToken)
    {
        DeleteStarts.Add((region, identities, typedCount));
        return Task.FromResult<Outcome<Guid>>(NextId);
    }

    public Task<Outcome<Done>> CancelAsync(Guid jobId, CancellationToken cancellationToken)
    {
        Cancels.Add(jobId);
        return Task.FromResult<Outcome<Done>>(new Done(null));
    }

    public Task<IReadOnlyList<BulkJobSummary>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BulkJobSummary>>(Jobs.Values.Select(j => j.Summary).OrderByDescending(j => j.CreatedAt).ToArray());

    public Task<BulkJobDetail?> GetAsync(Guid jobId, CancellationToken cancellationToken) =>
        Task.FromResult(Jobs.GetValueOrDefault(jobId));

    /// <summary>Replaces a job's state and raises the change a runner's progress raises.</summary>
    public void Progress(BulkJobDetail job)
    {
        Jobs[job.Summary.Id] = job;
        Changed?.Invoke(this, new BulkJobChanged(job.Summary.Id, BulkJobChange.Progressed));
    }

    Task IBulkJobStore.CreateAsync(NewBulkJob job, CancellationToken cancellationToken) => throw new NotSupportedException();

    Task<IReadOnlyList<BulkJobSummary>> IBulkJobStore.ListAsync(int max, CancellationToken cancellationToken) => ListAsync(cancellationToken);

    Task<BulkJobRun?> IBulkJobStore.TryClaimAsync(string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) => throw new NotSupportedException();

    Task<BulkJobRun?> IBulkJobStore.RenewAsync(Guid id, string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) => throw new NotSupportedException();

    Task<IReadOnlyList<BulkJobLine>> IBulkJobStore.WaitingLinesAsync(Guid id, int max, CancellationToken cancellationToken) => throw new NotSupportedException();

    Task IBulkJobStore.StopAsync(Guid id, DateTimeOffset at, string reason, CancellationToken cancellationToken) => throw new NotSupportedException();

    Task IBulkJobStore.CompleteLineAsync(Guid id, int number, BulkLineState state, string? message, IReadOnlyList<DnsRecord> records, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    Task<bool> IBulkJobStore.RequestCancelAsync(Guid id, CancellationToken cancellationToken) => throw new NotSupportedException();

    Task IBulkJobStore.EndAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

    Task IBulkJobStore.ReleaseAsync(Guid id, string holder, CancellationToken cancellationToken) => throw new NotSupportedException();
}
