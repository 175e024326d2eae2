using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Policies;
using SesConsole.Web.Security;

namespace SesConsole.Web.Components.Pages.Identities.Policies;

/// <summary>The identity's sending-authorization policies: each one's JSON for everyone, changes for Admins.</summary>
public partial class PoliciesSection : IDisposable
{
    private const string AdminRole = AppRoles.Admin;
    private const int MaxPolicies = 20;

    private readonly CancellationTokenSource _lifetime = new();
    private IReadOnlyList<IdentityPolicy>? _policies;
    private Failure? _failure;
    private (string Region, string Identity)? _loadedFor;

    [Parameter, EditorRequired]
    public string Region { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public string Identity { get; set; } = string.Empty;

    /// <summary>SES attaches policies only to verified identities.</summary>
    [Parameter]
    public bool Verified { get; set; }

    private string? NewPolicyBlocker =>
        !Verified ? "SES accepts policies only on verified identities: finish this identity's verification, then add a policy."
        : _policies is { Count: >= MaxPolicies } ? $"This identity has {MaxPolicies} policies, the most SES allows: delete one before adding another."
        : null;

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
        var outcome = await Policies.GetPoliciesAsync(Region, Identity, _lifetime.Token);
        if (outcome.Succeeded)
        {
            _policies = outcome.Value;
        }
        else
        {
            _failure = outcome.Failure;
        }
    }

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

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
