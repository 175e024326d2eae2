using SesConsole.Core.Identities;

namespace SesConsole.Core.Jobs;

/// <summary>
/// Where bulk jobs and their lines are kept (a port; Web keeps them in the console's database), so a job outlives the
/// tab that started it and the process that ran part of it. One runner at a time holds a job through a lease row,
/// atomic across app instances sharing the database. Implementations are thread-safe singletons.
/// </summary>
public interface IBulkJobStore
{
    /// <summary>Raised after a job was created, progressed, was asked to cancel or ended; in this process only.</summary>
    event EventHandler<BulkJobChanged>? Changed;

    Task CreateAsync(NewBulkJob job, CancellationToken cancellationToken);

    /// <summary>The newest jobs first.</summary>
    Task<IReadOnlyList<BulkJobSummary>> ListAsync(int max, CancellationToken cancellationToken);

    Task<BulkJobDetail?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Takes the oldest running job whose lease is free (never taken, expired, released or
    /// <paramref name="holder"/>'s own) until <paramref name="now"/> + <paramref name="lease"/>; null when there is none.</summary>
    Task<BulkJobRun?> TryClaimAsync(string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Renews <paramref name="holder"/>'s lease and reads whether cancel was asked; null when the lease is
    /// no longer <paramref name="holder"/>'s (another instance took the job over).</summary>
    Task<BulkJobRun?> RenewAsync(Guid id, string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> lines still waiting, in order.</summary>
    Task<IReadOnlyList<BulkJobLine>> WaitingLinesAsync(Guid id, int max, CancellationToken cancellationToken);

    Task CompleteLineAsync(
        Guid id, int number, BulkLineState state, string? message, IReadOnlyList<DnsRecord> records, CancellationToken cancellationToken);

    /// <summary>Marks a running job to be cancelled; false when it was not running.</summary>
    Task<bool> RequestCancelAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Ends the job at <paramref name="at"/>: Cancelled (lines still waiting marked so) when cancel was asked,
    /// else Finished; and gives its lease up.</summary>
    Task EndAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Ends a job the runner may not go on with (<see cref="BulkJobState.Cancelled"/>): every line still
    /// waiting is marked Cancelled with <paramref name="reason"/>, and the lease is given up.</summary>
    Task StopAsync(Guid id, DateTimeOffset at, string reason, CancellationToken cancellationToken);

    /// <summary>Gives the lease up (at shutdown) so another runner can go on at once.</summary>
    Task ReleaseAsync(Guid id, string holder, CancellationToken cancellationToken);
}
