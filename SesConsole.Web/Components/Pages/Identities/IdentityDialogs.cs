using MudBlazor;
using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>Opens the identity dialogs the same way from the list and the details page.</summary>
public static class IdentityDialogs
{
    private static readonly DialogOptions Options = new()
    {
        MaxWidth = MaxWidth.Small,
        FullWidth = true,
        CloseButton = true,
        BackdropClick = false,
    };

    private static readonly DialogOptions WideOptions = Options with { MaxWidth = MaxWidth.Medium };

    public static string ConfirmationSent(string emailAddress) =>
        $"Confirmation mail sent to {emailAddress}. The link expires in 24 hours.";

    /// <returns>The started verification, or null when the operator cancelled.</returns>
    public static async Task<EmailVerificationStarted?> VerifyEmailAsync(IDialogService dialogs, string region)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var dialog = await dialogs.ShowAsync<VerifyEmailDialog>("Verify an email address",
            new DialogParameters<VerifyEmailDialog> { { d => d.Region, region } }, Options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: EmailVerificationStarted started } ? started : null;
    }

    /// <returns>The started verification, or null when the operator cancelled before starting it.</returns>
    public static async Task<DomainVerificationStarted?> VerifyDomainAsync(IDialogService dialogs, string region)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var dialog = await dialogs.ShowAsync<VerifyDomainDialog>("Verify a domain",
            new DialogParameters<VerifyDomainDialog> { { d => d.Region, region } }, WideOptions);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: DomainVerificationStarted started } ? started : null;
    }

    /// <returns>True when the identity was deleted.</returns>
    public static async Task<bool> DeleteAsync(IDialogService dialogs, string region, string identity, IdentityKind kind)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var dialog = await dialogs.ShowAsync<DeleteIdentityDialog>(
            kind == IdentityKind.Domain ? "Delete domain identity" : "Delete email identity",
            new DialogParameters<DeleteIdentityDialog>
            {
                { d => d.Region, region },
                { d => d.Identity, identity },
                { d => d.Kind, kind },
            },
            Options);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }

    /// <returns>The started delete job, or null when the operator cancelled.</returns>
    public static async Task<Guid?> DeleteManyAsync(IDialogService dialogs, string region, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var dialog = await dialogs.ShowAsync<DeleteManyDialog>("Delete identities",
            new DialogParameters<DeleteManyDialog> { { d => d.Region, region }, { d => d.Names, names } }, Options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: Guid job } ? job : null;
    }
}
