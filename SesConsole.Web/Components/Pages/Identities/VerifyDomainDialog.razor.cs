using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities;

public partial class VerifyDomainDialog
{
    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Region { get; set; } = string.Empty;

    private string? _domain;
    private IdentityNameCheck _check = new(null, null);
    private bool _includeDkim = true;
    private bool _touched;
    private bool _submitting;
    private Failure? _failure;
    private DomainVerificationStarted? _started;
    private MudButton? _doneButton;
    private bool _resultFocused;
    private readonly DialogCall _call = new();

    protected override void OnInitialized() => _check = Reads.CheckDomain(_domain);

    private void OnDomainChanged(string? value)
    {
        _domain = value;
        _touched = true;
        _failure = null;
        _check = Reads.CheckDomain(value);
    }

    // The form the focus was in is gone once the result shows: focus moves into the result, where Escape and Enter work.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_started is not null && !_resultFocused && _doneButton is not null)
        {
            _resultFocused = true;
            await _doneButton.FocusAsync();
        }
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if (e.Key is "Enter" or "NumpadEnter")
        {
            await SubmitAsync();
        }
    }

    private async Task SubmitAsync()
    {
        if (_submitting || _started is not null)
        {
            return;
        }

        _touched = true;
        _check = Reads.CheckDomain(_domain);
        if (!_check.IsValid)
        {
            return;
        }

        _submitting = true;
        _failure = null;
        try
        {
            var domain = _check.Normalized ?? _domain!;
            var outcome = await _call.RunAsync(token => Changes.VerifyDomainAsync(Region, domain, _includeDkim, token));
            if (outcome.Succeeded)
            {
                Snackbar.AddNotice(outcome);
                _started = outcome.Value;
            }
            else
            {
                _failure = outcome.Failure;
            }
        }
        finally
        {
            _submitting = false;
        }
    }

    private async Task DownloadCsvAsync()
    {
        await Downloader.DownloadAsync(DnsRecordExport.CsvFileName(_started!.Domain), "text/csv",
            DnsRecordExport.ToCsv(_started.Records), CancellationToken.None);
    }

    private async Task CopyZoneFileAsync()
    {
        try
        {
            await Clipboard.CopyAsync(DnsRecordExport.ToZoneFile(_started!.Records), CancellationToken.None);
            Snackbar.Add("Zone file lines copied to the clipboard.", Severity.Normal);
        }
        catch (JSException)
        {
            Snackbar.Add("The browser refused clipboard access: use Download CSV instead.", Severity.Warning);
        }
    }

    private void Cancel()
    {
        if (!_call.CancelRunning())
        {
            Dialog.Cancel();
        }
    }

    public void Dispose() => _call.Dispose();

    private void Done() => Dialog.Close(DialogResult.Ok(_started));
}
