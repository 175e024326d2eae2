using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities.MailFrom;

public partial class MailFromDialog : IDisposable
{
    private readonly DialogCall _call = new();
    private string _parent = string.Empty;
    private string? _input;
    private IdentityNameCheck _check = new(null, "Give a subdomain.");
    private bool _touched;
    private bool _reject;
    private bool _busy;
    private Failure? _failure;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IIdentityChanges Changes { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Region { get; set; } = string.Empty;

    /// <summary>The identity exactly as SES holds it.</summary>
    [Parameter, EditorRequired]
    public string Identity { get; set; } = string.Empty;

    [Parameter]
    public MailFromInfo? Current { get; set; }

    private string? FieldError =>
        _failure?.Field == MailFromDomains.Field ? _failure.Message : _touched && !_check.IsValid ? _check.Error : null;

    private IReadOnlyList<DnsRecord> Records =>
        _check is { IsValid: true, Normalized: { } domain } ? MailFromDomains.Records(domain, Region) : [];

    protected override void OnInitialized()
    {
        _parent = Identity.Contains('@', StringComparison.Ordinal) ? Identity[(Identity.LastIndexOf('@') + 1)..].ToLowerInvariant() : Identity;
        _input = Current?.MailFromDomain;
        _reject = Current?.BehaviorOnMxFailure == "RejectMessage";
        _check = MailFromDomains.Check(_input, _parent);
    }

    private void OnInputChanged(string? value)
    {
        _input = value;
        _touched = true;
        _failure = null;
        _check = MailFromDomains.Check(value, _parent);
    }

    private Task SaveAsync() => SubmitAsync(_check.Normalized);

    private Task RemoveAsync() => SubmitAsync(null);

    private async Task SubmitAsync(string? mailFromDomain)
    {
        if (_busy || (mailFromDomain is not null && !_check.IsValid))
        {
            return;
        }

        _busy = true;
        _failure = null;
        try
        {
            var outcome = await _call.RunAsync(token => Changes.SetMailFromDomainAsync(Region, Identity, mailFromDomain, _reject, token));
            if (outcome.Succeeded)
            {
                Snackbar.AddNotice(outcome);
                Dialog.Close(DialogResult.Ok(mailFromDomain ?? string.Empty));
                return;
            }

            _failure = outcome.Failure;
        }
        finally
        {
            _busy = false;
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
}
