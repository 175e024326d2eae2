using Microsoft.Extensions.Logging;
using SesConsole.Core.Identities;
using SesConsole.Core.Identities.Names;
using SesConsole.Core.Index;
using SesConsole.Core.Operators;

namespace SesConsole.Core.Jobs;

/// <summary>The bulk work of one operator's session (scoped, like the operator it asks about).</summary>
public sealed class BulkJobs(
    IBulkJobStore store,
    IIdentityIndex index,
    ICurrentOperator currentOperator,
    RegionDirectory regions,
    TimeProvider time,
    ILogger<BulkJobs> logger) : IBulkJobs
{
    public async Task<Outcome<BulkVerifyPlan>> CheckVerifyListAsync(string region, string? text, CancellationToken cancellationToken)
    {
        if (!regions.TryResolve(region, out var resolved, out var failure))
        {
            return failure;
        }

        if (text is { Length: > BulkLimits.MaxInputCharacters })
        {
            return Invalid($"The list is longer than {BulkLimits.MaxInputCharacters:N0} characters; split it into several.", "list");
        }

        var input = BulkInput.Read(text);
        if (input.Count == 0)
        {
            return Invalid("The list is empty: paste or upload addresses and domains, one per line.", "list");
        }

        if (input.Count > BulkLimits.MaxLines)
        {
            return Invalid($"The list has {input.Count:N0} lines; one job takes at most {BulkLimits.MaxLines:N0}.", "list");
        }

        return await BulkVerifyPlanner.CheckAsync(resolved, input, index, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Outcome<Guid>> StartVerifyAsync(BulkVerifyPlan plan, bool includeDkim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var lines = new List<NewBulkJobLine>();
        foreach (var line in plan.Ready)
        {
            // The names were shown normalised; they must still be exactly what Core's rules make of them.
            if (!IdentityNames.TryNormalize(line.Normalized, line.Kind, out var name, out var invalid) || name.Value != line.Normalized)
            {
                return invalid ?? Invalid($"Line {line.LineNumber} changed after it was checked; check the list again.", "list");
            }

            lines.Add(new NewBulkJobLine(name.Value, name.Kind));
        }

        return await StartAsync(BulkJobKind.VerifyMany, plan.Region, includeDkim, lines, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Outcome<Guid>> StartDeleteAsync(
        string region, IReadOnlyList<string> identities, string? typedCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identities);
        var distinct = identities.Distinct(StringComparer.Ordinal).ToArray();
        if (!BulkLimits.ConfirmsDeleteCount(typedCount, distinct.Length))
        {
            return Invalid($"Type {distinct.Length} (the number of identities to delete) to confirm.", "count");
        }

        var lines = new List<NewBulkJobLine>(distinct.Length);
        foreach (var identity in distinct)
        {
            if (!IdentityNames.TryExisting(identity, out var name, out var invalid))
            {
                return invalid;
            }

            lines.Add(new NewBulkJobLine(name.Value, name.Kind));
        }

        return await StartAsync(BulkJobKind.DeleteMany, region, includeDkim: false, lines, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Outcome<Done>> CancelAsync(Guid jobId, CancellationToken cancellationToken)
    {
        if (await AdminAsync(cancellationToken).ConfigureAwait(false) is { Failure: { } denied })
        {
            return denied;
        }

        if (!await store.RequestCancelAsync(jobId, cancellationToken).ConfigureAwait(false))
        {
            return new Failure(FailureKind.NotFound, "This job is not running any more, so there is nothing to cancel.");
        }

        logger.LogInformation("Bulk job {JobId} cancel requested", jobId);
        return new Done(null);
    }

    public Task<IReadOnlyList<BulkJobSummary>> ListAsync(CancellationToken cancellationToken) =>
        store.ListAsync(BulkLimits.ListedJobs, cancellationToken);

    public Task<BulkJobDetail?> GetAsync(Guid jobId, CancellationToken cancellationToken) => store.GetAsync(jobId, cancellationToken);

    private async Task<Outcome<Guid>> StartAsync(
        BulkJobKind kind, string region, bool includeDkim, IReadOnlyList<NewBulkJobLine> lines, CancellationToken cancellationToken)
    {
        var admin = await AdminAsync(cancellationToken).ConfigureAwait(false);
        if (!admin.Succeeded)
        {
            return admin.Failure;
        }

        if (!regions.TryResolve(region, out var resolved, out var badRegion))
        {
            return badRegion;
        }

        if (lines.Count == 0)
        {
            return Invalid("There is nothing to do: no line is ready.", "list");
        }

        if (lines.Count > BulkLimits.MaxLines)
        {
            return Invalid($"That is {lines.Count:N0} identities; one job takes at most {BulkLimits.MaxLines:N0}.", "list");
        }

        var job = new NewBulkJob(Guid.NewGuid(), kind, resolved, admin.Value, time.GetUtcNow(), includeDkim, lines);
        await store.CreateAsync(job, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Bulk job {JobId} ({Kind}, {Count} lines in {Region}) started by {Operator}", job.Id, kind, lines.Count, resolved, admin.Value.Name);
        return job.Id;
    }

    private async Task<Outcome<OperatorInfo>> AdminAsync(CancellationToken cancellationToken)
    {
        var actor = await currentOperator.GetAsync(cancellationToken).ConfigureAwait(false);
        if (ChangeGate.Refusal(actor) is { } denied)
        {
            return denied;
        }

        return actor!;
    }

    private static Failure Invalid(string message, string field) => new(FailureKind.InvalidInput, message, Field: field);
}
