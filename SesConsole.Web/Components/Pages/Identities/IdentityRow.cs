using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>A grid row: mutable so the live updates and the DKIM lookup can update what is on screen.</summary>
public sealed class IdentityRow(IdentitySummary summary)
{
    public string Name { get; } = summary.Name;

    public IdentityKind Kind { get; } = summary.Kind;

    /// <summary>The region it belongs to (the All regions view shows it; null only from fakes that give none).</summary>
    public string? Region { get; } = summary.Region;

    public VerificationStatus Status { get; set; } = summary.Status;

    public DkimInfo? Dkim { get; set; }
}
