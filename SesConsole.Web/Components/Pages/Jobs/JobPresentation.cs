using MudBlazor;
using SesConsole.Core.Jobs;

namespace SesConsole.Web.Components.Pages.Jobs;

/// <summary>How jobs and their lines are named and coloured on every page.</summary>
public static class JobPresentation
{
    public static string Kind(BulkJobKind kind) => kind switch
    {
        BulkJobKind.VerifyMany => "Verify many",
        _ => "Delete many",
    };

    public static string State(BulkJobSummary job) => job.State switch
    {
        BulkJobState.Running when job.CancelRequested => "Cancelling",
        BulkJobState.Running => "Running",
        BulkJobState.Finished => "Finished",
        _ => "Cancelled",
    };

    public static Color StateColor(BulkJobSummary job) => job.State switch
    {
        BulkJobState.Running => Color.Info,
        BulkJobState.Finished when job.Failed > 0 => Color.Warning,
        BulkJobState.Finished => Color.Success,
        _ => Color.Default,
    };

    public static string Line(BulkLineState state) => state switch
    {
        BulkLineState.Waiting => "Waiting",
        BulkLineState.Succeeded => "Done",
        BulkLineState.Failed => "Failed",
        _ => "Cancelled",
    };

    public static Color LineColor(BulkLineState state) => state switch
    {
        BulkLineState.Succeeded => Color.Success,
        BulkLineState.Failed => Color.Error,
        _ => Color.Default,
    };

    public static string Verdict(BulkLineVerdict verdict) => verdict switch
    {
        BulkLineVerdict.Ready => "Ready",
        BulkLineVerdict.Invalid => "Invalid",
        BulkLineVerdict.Duplicate => "Duplicate",
        _ => "Already exists",
    };

    public static Color VerdictColor(BulkLineVerdict verdict) => verdict switch
    {
        BulkLineVerdict.Ready => Color.Success,
        BulkLineVerdict.Invalid => Color.Error,
        _ => Color.Warning,
    };

    /// <summary>"3 done, 1 failed, 2 cancelled of 6".</summary>
    public static string Counts(BulkJobSummary job) =>
        $"{job.Succeeded} done, {job.Failed} failed, {job.Cancelled} cancelled of {job.Total}";

    public static string JobUrl(Guid id) => $"/jobs/{id}";

    public const string JobsUrl = "/jobs";
}
