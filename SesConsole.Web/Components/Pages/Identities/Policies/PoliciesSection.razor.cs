using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Policies;
using SesConsole.Core.Ses;
using SesConsole.Web.Components.Shared;
using SesConsole.Web.Security;

namespace SesConsole.Web.Components.Pages.Identities.Policies;

/// <summary>The identity's sending-authorization policies: each one's JSON for everyone, changes for Admins.</summary>
public partial class PoliciesSection
{
    private static readonly string NewButtonClass = PlainMarkup.ButtonClass(Variant.Outlined, Color.Primary);
    private static readonly string EditButtonClass = PlainMarkup.ButtonClass(Variant.Text, Color.Primary, Size.Small);
    private static readonly string DeleteButtonClass = PlainMarkup.ButtonClass(Variant.Text, Color.Error, Size.Small);
    private static readonly MarkupString CollapsedIcon = PlainMarkup.Icon(Icons.Material.Filled.ExpandMore, "mud-expand-panel-icon", Size.Medium);
    private static readonly MarkupString PolicyIcon = PlainMarkup.Icon(Icons.Material.Outlined.Policy, "mud-secondary-text");
    private static readonly MarkupString ExpandedIcon = PlainMarkup.Icon(Icons.Material.Filled.ExpandMore, "mud-expand-panel-icon mud-transform", Size.Medium);

    /// <summary>The names of the panels the operator opened, exactly as SES gave them.</summary>
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);

    private bool _isAdmin;
    private IReadOnlyList<IdentityPolicy>? _policies;
    private Failure? _failure;
    private (string Region, string Identity)? _loadedFor;
    private PrerenderedReads? _reads;

    [Inject]
    private PersistentComponentState ComponentState { get; set; } = default!;

    /// <summary>Asked once for the role (a cascading parameter would keep a subscription and a parameter copy per circuit).</summary>
    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Region { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public string Identity { get; set; } = string.Empty;

    /// <summary>SES attaches policies only to verified identities.</summary>
    [Parameter]
    public bool Verified { get; set; }

    private string? NewPolicyBlocker =>
        !Verified ? "SES accepts policies only on verified identities: finish this identity's verification, then add a policy."
        : _policies is { Count: >= SesLimits.MaxPoliciesPerIdentity } ? $"This identity has {SesLimits.MaxPoliciesPerIdentity} policies, the most SES allows: delete one before adding another."
        : null;

    protected override async Task OnInitializedAsync()
    {
        _reads = new PrerenderedReads(ComponentState, RendererInfo);
        _isAdmin = await AppRoles.IsAdminAsync(Authentication);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != (Region, Identity))
        {
            _loadedFor = (Region, Identity);
            await ReloadAsync();
        }
    }

    private async Task ReloadAsync()
    {
        _policies = null;
        _failure = null;
        var (region, identity) = (Region, Identity);
        var outcome = await _reads!.ReadAsync(
            $"identity-policies:{region}:{identity}", () => Policies.GetPoliciesAsync(region, identity, Lifetime));
        if (outcome.Succeeded)
        {
            _policies = outcome.Value;
            _open.IntersectWith(_policies.Select(p => p.Name));
        }
        else
        {
            _failure = outcome.Failure;
        }
    }

    private void Toggle(string name)
    {
        if (!_open.Remove(name))
        {
            _open.Add(name);
        }
    }

    private static string PanelClass(bool open, bool nextOpen) => (open, nextOpen) switch
    {
        (true, _) => "mud-expand-panel mud-panel-expanded mud-elevation-0 mud-expand-panel-border",
        (false, true) => "mud-expand-panel mud-panel-next-expanded mud-elevation-0 mud-expand-panel-border",
        _ => "mud-expand-panel mud-elevation-0 mud-expand-panel-border",
    };

    /// <summary>
    /// A panel's title (icon, policy name, who it lets send) as one markup string: one render-tree frame instead of
    /// nine. The name is SES's and the summary may quote the document: both HTML-encoded.
    /// </summary>
    private static MarkupString Title(IdentityPolicy policy) => new(
        "<span class=\"mud-expand-panel-text\"><span class=\"policy-title\">" + PolicyIcon.Value
        + $"<span class=\"policy-name\" data-testid=\"policy\">{WebUtility.HtmlEncode(policy.Name)}</span>"
        + "<span class=\"mud-typography mud-typography-body2 mud-secondary-text d-inline policy-summary\" data-testid=\"policy-summary\">"
        + $"{WebUtility.HtmlEncode(Summary(PolicyPrincipals.Describe(policy.Document)))}</span></span></span>");

    private static string Summary(PolicyGrantees grantees) => grantees switch
    {
        { IsReadable: false } => "not a policy document this console can read",
        { Principals.Count: 0 } => "allows no one",
        { Principals.Count: 1 } => $"allows {grantees.Principals[0].Description}",
        _ => $"allows {grantees.Principals.Count} principals",
    };

    private async Task NewAsync()
    {
        if (_policies is null || NewPolicyBlocker is not null)
        {
            return;
        }

        if (await PolicyDialogs.EditAsync(Dialogs, Region, Identity, _policies, null) is { } name)
        {
            Snackbar.Add($"Policy {name} was added to {Identity}.", Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task EditAsync(IdentityPolicy policy)
    {
        if (await PolicyDialogs.EditAsync(Dialogs, Region, Identity, _policies ?? [], policy) is { } name)
        {
            Snackbar.Add($"Policy {name} was saved.", Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task DeleteAsync(IdentityPolicy policy)
    {
        if (await PolicyDialogs.DeleteAsync(Dialogs, Region, Identity, policy))
        {
            Snackbar.Add($"Policy {policy.Name} was deleted from {Identity}.", Severity.Success);
            await ReloadAsync();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reads?.Dispose();
        }

        base.Dispose(disposing);
    }
}
