using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Jobs;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>Confirms deleting many identities by their typed count, then starts the delete job; closes with its id.</summary>
public sealed partial class DeleteManyDialog : IDisposable
{
    /// <summary>How many names the dialog lists; it says how many more there are.</summary>
    public const int ListedNames = 100;

    private readonly DialogCall _call = new();
    private string? _typed;
    private Failure? _failure;

    [Inject]
    private IBulkJobs Jobs { get; set; } = default!;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Region { get; set; } = string.Empty;

    /// <summary>The names exactly as SES lists them.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<string> Names { get; set; } = [];

    private bool CanStart => !_call.Running && Names.Count > 0 && BulkLimits.ConfirmsDeleteCount(_typed, Names.Count);

    private async Task StartAsync()
    {
        if (!CanStart)
        {
            return;
        }

        _failure = null;
        var started = await _call.RunAsync(token => Jobs.StartDeleteAsync(Region, Names, _typed, token));
        if (started.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(started.Value));
            return;
        }

        _failure = started.Failure;
    }

    private void Cancel()
    {
        if (!_call.CancelRunning())
        {
            Dialog.Cancel();
        }
    }

    public void Dispose() => _call.Dispose();
}
