using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>A grid row, as the identity index holds it (status, DKIM and feedback topics all come with the page).</summary>
public sealed class IdentityRow(IdentitySummary summary)
{
    public string Name { get; } = summary.Name;

    public IdentityKind Kind { get; } = summary.Kind;

    /// <summary>The region it belongs to (the All regions view shows it; null only from fakes that give none).</summary>
    public string? Region { get; } = summary.Region;

    public VerificationStatus Status { get; set; } = summary.Status;

    /// <summary>A domain's DKIM status from the index's sync (NotStarted: Easy DKIM is off); null until read.</summary>
    public VerificationStatus? DkimStatus { get; } = summary.DkimStatus;

    /// <summary>True when SES has no bounce or no complaint topic for it; null until the sync read it.</summary>
    public bool? MissingFeedbackTopics { get; } = summary.MissingFeedbackTopics;
}
