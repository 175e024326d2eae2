using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>A grid row: mutable so the status poller and the DKIM lookup can update what is on screen.</summary>
public sealed class IdentityRow(IdentitySummary summary)
{
    public string Name { get; } = summary.Name;

    public IdentityKind Kind { get; } = summary.Kind;

    public VerificationStatus Status { get; set; } = summary.Status;

    public DkimInfo? Dkim { get; set; }
}
