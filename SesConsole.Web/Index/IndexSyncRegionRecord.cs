namespace SesConsole.Web.Index;

/// <summary>One row of <c>IndexSyncRegions</c>: a region's sync lease and progress. Times are UTC ticks.</summary>
public sealed class IndexSyncRegionRecord
{
    public required string Region { get; set; }

    public string? LeaseHolder { get; set; }

    public long LeaseExpiresAt { get; set; }

    public long? LastFullSyncAt { get; set; }

    public long? PassStartedAt { get; set; }

    public int IdentitiesRead { get; set; }

    public long? LastPendingSyncAt { get; set; }

    public string? Api { get; set; }

    public string? LastError { get; set; }
}
