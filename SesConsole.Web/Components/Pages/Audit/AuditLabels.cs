using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;

namespace SesConsole.Web.Components.Pages.Audit;

/// <summary>How the audit page names actions and colours outcomes.</summary>
public static class AuditLabels
{
    public static IReadOnlyList<string> Actions { get; } =
    [
        AuditActions.VerifyEmail, AuditActions.VerifyDomain, AuditActions.SetUpDkim, AuditActions.Delete,
        AuditActions.PutPolicy, AuditActions.DeletePolicy, AuditActions.SetMailFrom,
    ];

    public static string Action(string action) => action switch
    {
        AuditActions.VerifyEmail => "Verify email",
        AuditActions.VerifyDomain => "Verify domain",
        AuditActions.SetUpDkim => "Set up DKIM",
        AuditActions.Delete => "Delete",
        AuditActions.PutPolicy => "Save policy",
        AuditActions.DeletePolicy => "Delete policy",
        AuditActions.SetMailFrom => "Set MAIL FROM",
        _ => action,
    };

    public static Color OutcomeColor(string outcome) => outcome switch
    {
        nameof(AuditOutcome.Succeeded) => Color.Success,
        nameof(AuditOutcome.Refused) => Color.Warning,
        nameof(AuditOutcome.Failed) => Color.Error,
        _ => Color.Default,
    };

    public static string OutcomeIcon(string outcome) => outcome switch
    {
        nameof(AuditOutcome.Succeeded) => Icons.Material.Filled.CheckCircle,
        nameof(AuditOutcome.Refused) => Icons.Material.Filled.Block,
        _ => Icons.Material.Filled.Error,
    };
}
