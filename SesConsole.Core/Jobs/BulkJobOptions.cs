using System.ComponentModel.DataAnnotations;

namespace SesConsole.Core.Jobs;

/// <summary>The bulk-job runner (<c>Jobs</c> section). SES's rate is the pacer's (<c>Ses:RequestsPerSecondPerOperation</c>).</summary>
public sealed class BulkJobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Whether this instance runs jobs at all (the lease keeps each job to one instance).</summary>
    public bool RunnerEnabled { get; set; } = true;

    /// <summary>How long a job's lease lasts without renewal (renewed before every line); a killed runner's job is
    /// taken over after it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle runner looks for jobs another instance started or left.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
