using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Policies;
using SesConsole.Core.Ses;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities.Policies;

/// <summary>
/// Creates or edits one policy, either through the generator (statements as form fields, JSON previewed live) or
/// as a hand-written document. The form's state and its rules are <see cref="PolicyEditorState"/>; this is the glue
/// between it, the markup and the policy service.
/// </summary>
public partial class PolicyEditorDialog
{
    private PolicyEditorState _state = default!;
    private readonly DialogCall _call = new();

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Region { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public string Identity { get; set; } = string.Empty;

    /// <summary>The identity's current policy names: a new policy may not take one of them.</summary>
    [Parameter]
    public IReadOnlyList<string> ExistingNames { get; set; } = [];

    /// <summary>The policy to edit; null to create one.</summary>
    [Parameter]
    public IdentityPolicy? Policy { get; set; }

    protected override void OnInitialized() =>
        _state = new PolicyEditorState(Rules, Region, Identity, ExistingNames, Policy);

    private void OnTabChanged(int index) => _state.ChangeTab((PolicyEditorTab)index);

    private async Task SaveAsync()
    {
        if (_state.BeginSave() is not { } save)
        {
            return;
        }

        Failure? failure = null;
        try
        {
            var outcome = await _call.RunAsync(
                token => save.IsNew
                    ? Policies.CreatePolicyAsync(Region, Identity, save.Name, save.Document, token)
                    : Policies.PutPolicyAsync(Region, Identity, save.Name, save.Document, token),
                Lifetime);
            if (!outcome.Succeeded)
            {
                failure = outcome.Failure;
            }
            else
            {
                Snackbar.AddNotice(outcome);
            }
        }
        finally
        {
            _state.EndSave(failure);
        }

        if (failure is null)
        {
            Dialog.Close(DialogResult.Ok(save.Name));
        }
    }

    private static string SizeText(string json) =>
        string.Create(CultureInfo.InvariantCulture, $"{PolicyJson.Bytes(json):N0} of {SesLimits.MaxPolicyDocumentBytes:N0} bytes");

    private void Cancel()
    {
        if (!_call.CancelRunning())
        {
            Dialog.Cancel();
        }
    }
}
