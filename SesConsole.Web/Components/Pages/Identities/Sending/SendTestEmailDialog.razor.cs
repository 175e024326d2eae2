using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Sending;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities.Sending;

public partial class SendTestEmailDialog : IDisposable
{
    private const string OtherAddress = "other";
    private readonly CancellationTokenSource _lifetime = new();
    private readonly DialogCall _call = new();
    private string _target = MailboxSimulator.Addresses[0].Address;
    private string? _recipient;
    private IdentityNameCheck? _recipientCheck;
    private string? _fromLocalPart = TestEmailDefaults.FromLocalPartForDomains;
    private string _subject = string.Empty;
    private string _body = string.Empty;
    private bool _busy;
    private Failure? _failure;
    private TestEmailSent? _sent;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private ITestEmailSender Sender { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Region { get; set; } = string.Empty;

    /// <summary>The identity exactly as SES holds it.</summary>
    [Parameter, EditorRequired]
    public string Identity { get; set; } = string.Empty;

    private bool IsDomain => !Identity.Contains('@', StringComparison.Ordinal);

    private SimulatorAddress? Simulator => MailboxSimulator.Addresses.FirstOrDefault(a => a.Address == _target);

    private string? RecipientError =>
        FieldError(TestEmailSender.RecipientField) ?? (_recipientCheck is { IsValid: false } check ? check.Error : null);

    protected override void OnInitialized()
    {
        _subject = TestEmailDefaults.Subject(Identity);
        _body = TestEmailDefaults.Body(Identity, Region);
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }

    private string? FieldError(string field) => _failure?.Field == field ? _failure.Message : null;

    private void OnTargetChanged(string value)
    {
        _target = value;
        _failure = null;
    }

    private void OnRecipientChanged(string? value)
    {
        _recipient = value;
        _failure = null;
        _recipientCheck = Sender.CheckRecipient(value);
    }

    private async Task SendAsync()
    {
        if (_busy)
        {
            return;
        }

        var recipient = _target == OtherAddress ? _recipient ?? string.Empty : _target;
        _busy = true;
        _failure = null;
        try
        {
            var outcome = await _call.RunAsync(
                token => Sender.SendAsync(Region, Identity, IsDomain ? _fromLocalPart : null, recipient, _subject, _body, token), _lifetime.Token);
            if (outcome.Succeeded)
            {
                _sent = outcome.Value;
            }
            else
            {
                _failure = outcome.Failure;
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The dialog closed while SES was asked; the attempt is in the audit trail either way.
        }
        finally
        {
            _busy = false;
        }
    }

    private void Close() => Dialog.Close(DialogResult.Ok(_sent));

    private void Cancel()
    {
        if (!_call.CancelRunning())
        {
            Dialog.Cancel();
        }
    }
}
