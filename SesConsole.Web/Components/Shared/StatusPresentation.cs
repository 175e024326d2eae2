using MudBlazor;
using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Shared;

/// <summary>How a verification status looks: every status has its own words and icon, so colour is never the only signal.</summary>
public static class StatusPresentation
{
    public static string Label(VerificationStatus status) => status switch
    {
        VerificationStatus.Success => "Verified",
        VerificationStatus.Pending => "Pending",
        VerificationStatus.Failed => "Failed",
        VerificationStatus.TemporaryFailure => "Temporary failure",
        VerificationStatus.NotStarted => "Not started",
        _ => status.ToString(),
    };

    public static string Icon(VerificationStatus status) => status switch
    {
        VerificationStatus.Success => Icons.Material.Filled.CheckCircle,
        VerificationStatus.Pending => Icons.Material.Filled.HourglassTop,
        VerificationStatus.Failed => Icons.Material.Filled.Cancel,
        VerificationStatus.TemporaryFailure => Icons.Material.Filled.Warning,
        _ => Icons.Material.Outlined.RadioButtonUnchecked,
    };

    public static Color Color(VerificationStatus status) => status switch
    {
        VerificationStatus.Success => MudBlazor.Color.Success,
        VerificationStatus.Pending => MudBlazor.Color.Info,
        VerificationStatus.Failed => MudBlazor.Color.Error,
        VerificationStatus.TemporaryFailure => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Default,
    };

    public static string KindLabel(IdentityKind kind) => kind == IdentityKind.Domain ? "Domain" : "Email address";

    public static string KindIcon(IdentityKind kind) =>
        kind == IdentityKind.Domain ? Icons.Material.Outlined.Language : Icons.Material.Outlined.Email;
}
