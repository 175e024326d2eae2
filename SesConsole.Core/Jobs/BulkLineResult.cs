using SesConsole.Core.Identities;

namespace SesConsole.Core.Jobs;

/// <summary>How one line of a job ended, from the outcome of its one change.</summary>
internal sealed record BulkLineResult(BulkLineState State, string? Message, IReadOnlyList<DnsRecord> Records)
{
    public static async Task<BulkLineResult> RunAsync(
        IIdentityChanges changes, BulkJobRun job, BulkJobLine line, CancellationToken cancellationToken)
    {
        switch (job.Kind)
        {
            case BulkJobKind.DeleteMany:
                return From(await changes.DeleteAsync(job.Region, line.Identity, cancellationToken).ConfigureAwait(false), _ => "Deleted.", _ => []);
            case BulkJobKind.VerifyMany when line.Kind == IdentityKind.Domain:
                return From(
                    await changes.VerifyDomainAsync(job.Region, line.Identity, job.IncludeDkim, cancellationToken).ConfigureAwait(false),
                    _ => job.IncludeDkim ? "Verification and DKIM started: publish the records." : "Verification started: publish the record.",
                    started => started.Records);
            default:
                return From(
                    await changes.VerifyEmailAsync(job.Region, line.Identity, cancellationToken).ConfigureAwait(false),
                    _ => "Verification email sent.",
                    _ => []);
        }
    }

    private static BulkLineResult From<T>(Outcome<T> outcome, Func<T, string> message, Func<T, IReadOnlyList<DnsRecord>> records)
    {
        if (!outcome.Succeeded)
        {
            return new BulkLineResult(
                outcome.Failure.Kind == FailureKind.Cancelled ? BulkLineState.Cancelled : BulkLineState.Failed, outcome.Failure.Message, []);
        }

        var said = outcome.Notice is null ? message(outcome.Value) : $"{message(outcome.Value)} {outcome.Notice}";
        return new BulkLineResult(BulkLineState.Succeeded, said, records(outcome.Value));
    }
}
