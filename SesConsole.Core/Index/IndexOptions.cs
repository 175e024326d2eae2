using System.ComponentModel.DataAnnotations;

namespace SesConsole.Core.Index;

/// <summary>The identity index's sync (<c>Index</c> section). SES's per-operation rate share is <c>Ses:BackgroundShare</c>.</summary>
public sealed class IndexOptions
{
    public const string SectionName = "Index";

    /// <summary>Whether this instance runs the sync at all (the lease still keeps it to one instance per region).</summary>
    public bool SyncEnabled { get; set; } = true;

    /// <summary>A full listing of every region this often (and at start).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FullSyncInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Pending identities are re-read this often, in batches of 100.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PendingSyncInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The most Pending identities one re-read covers (the least recently read first).</summary>
    [Range(1, 100_000)]
    public int PendingBatchLimit { get; set; } = 1000;

    /// <summary>How long a region's sync lease lasts without renewal; a killed holder's lease is taken over after it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After a failed attempt, the sync waits this long before trying again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromSeconds(30);
}
