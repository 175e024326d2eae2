namespace SesConsole.Web.Index;

/// <summary>One row of the <c>IndexedIdentities</c> table. Times are UTC ticks (sortable in every provider).</summary>
public sealed class IndexedIdentityRecord
{
    public required string Region { get; set; }

    /// <summary>Exactly as SES lists it; compared ordinally (part of the key).</summary>
    public required string Name { get; set; }

    /// <summary><see cref="Name"/> lower-cased (invariant): the grid's case-insensitive search and name sort.</summary>
    public required string SearchName { get; set; }

    /// <summary><see cref="SesConsole.Core.Identities.IdentityKind"/> as its number.</summary>
    public int Kind { get; set; }

    /// <summary><see cref="SesConsole.Core.Identities.VerificationStatus"/> as its number (sorting by it sorts as the grid does).</summary>
    public int Status { get; set; }

    public int? DkimStatus { get; set; }

    public bool? SendingEnabled { get; set; }

    /// <summary>True when SES has no bounce or no complaint SNS topic for it
    /// (<see cref="SesConsole.Core.Notifications.NotificationSettings.MissingFeedbackTopics"/>); null until the sync
    /// read its notification attributes.</summary>
    public bool? MissingFeedbackTopics { get; set; }

    public long LastReadAt { get; set; }

    public long StatusChangedAt { get; set; }

    /// <summary>Set when we deleted the identity (or SES stopped knowing it): hidden at once, and a listing read before
    /// that moment does not bring it back.</summary>
    public long? RemovedAt { get; set; }
}
