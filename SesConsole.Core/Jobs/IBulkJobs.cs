using SesConsole.Core.Identities;

namespace SesConsole.Core.Jobs;

/// <summary>
/// Bulk work for the pages of one operator's session: check a list, start a verify-many or delete-many job (Admin
/// only; the job then runs on the server, see <see cref="BulkJobRunner"/>), cancel one, and read jobs and their lines.
/// </summary>
public interface IBulkJobs
{
    /// <summary>Reads a pasted or uploaded list and checks every line (no SES call).</summary>
    Task<Outcome<BulkVerifyPlan>> CheckVerifyListAsync(string region, string? text, CancellationToken cancellationToken);

    /// <summary>Starts verifying the plan's ready lines, as checked and shown.</summary>
    Task<Outcome<Guid>> StartVerifyAsync(BulkVerifyPlan plan, bool includeDkim, CancellationToken cancellationToken);

    /// <summary>Starts deleting <paramref name="identities"/> (names as SES lists them) once the operator typed their
    /// count as <paramref name="typedCount"/>.</summary>
    Task<Outcome<Guid>> StartDeleteAsync(
        string region, IReadOnlyList<string> identities, string? typedCount, CancellationToken cancellationToken);

    Task<Outcome<Done>> CancelAsync(Guid jobId, CancellationToken cancellationToken);

    Task<IReadOnlyList<BulkJobSummary>> ListAsync(CancellationToken cancellationToken);

    Task<BulkJobDetail?> GetAsync(Guid jobId, CancellationToken cancellationToken);
}
