using MudBlazor;
using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Pages.Identities.Policies;

/// <summary>Opens the policy dialogs with the same options everywhere.</summary>
public static class PolicyDialogs
{
    private static readonly DialogOptions EditorOptions = new()
    {
        MaxWidth = MaxWidth.Large,
        FullWidth = true,
        CloseButton = true,
        BackdropClick = false,
    };

    private static readonly DialogOptions ConfirmOptions = EditorOptions with { MaxWidth = MaxWidth.Small };

    /// <param name="existing">The identity's policies, for the unique-name rule of a new policy.</param>
    /// <param name="policy">The policy to edit, or null for a new one.</param>
    /// <returns>The saved policy's name, or null when the operator cancelled.</returns>
    public static async Task<string?> EditAsync(
        IDialogService dialogs, string region, string identity, IReadOnlyList<IdentityPolicy> existing, IdentityPolicy? policy)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var dialog = await dialogs.ShowAsync<PolicyEditorDialog>(
            policy is null ? "New sending-authorization policy" : $"Edit policy {policy.Name}",
            new DialogParameters<PolicyEditorDialog>
            {
                { d => d.Region, region },
                { d => d.Identity, identity },
                { d => d.ExistingNames, existing.Select(p => p.Name).ToList() },
                { d => d.Policy, policy },
            },
            EditorOptions);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string name } ? name : null;
    }

    /// <returns>True when the policy was deleted.</returns>
    public static async Task<bool> DeleteAsync(IDialogService dialogs, string region, string identity, IdentityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var dialog = await dialogs.ShowAsync<DeletePolicyDialog>(
            "Delete sending-authorization policy",
            new DialogParameters<DeletePolicyDialog>
            {
                { d => d.Region, region },
                { d => d.Identity, identity },
                { d => d.Policy, policy },
            },
            ConfirmOptions);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
