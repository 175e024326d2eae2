using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Notifications;
using SesConsole.Core.Ses;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities.Notifications;

public partial class NotificationTopicDialog : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private readonly DialogCall _call = new();
    private IReadOnlyList<string>? _topics;
    private Failure? _listFailure;
    private string? _picked;
    private string? _typed;
    private IdentityNameCheck _check = new(null, "Give a topic.");
    private bool _touched;
    private bool _busy;
    private Failure? _failure;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IIdentityNotifications Notifications { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Region { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public string Identity { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public SesNotificationType Type { get; set; }

    [Parameter]
    public string? Current { get; set; }

    private string? FieldError =>
        _failure?.Field == NotificationRules.TopicField(Type) ? _failure.Message : _touched && !_check.IsValid ? _check.Error : null;

    protected override async Task OnInitializedAsync()
    {
        _typed = Current;
        _check = SnsTopicArns.Check(_typed, Region);
        try
        {
            var listed = await Notifications.ListTopicsAsync(Region, _lifetime.Token);
            if (listed.Succeeded)
            {
                _topics = listed.Value.TopicArns;
                _picked = _topics.Contains(Current, StringComparer.Ordinal) ? Current : null;
            }
            else
            {
                _listFailure = listed.Failure;
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }

    private void OnPicked(string? arn)
    {
        _picked = arn;
        OnTyped(arn);
    }

    private void OnTyped(string? value)
    {
        _typed = value;
        _touched = true;
        _failure = null;
        _check = SnsTopicArns.Check(value, Region);
    }

    private Task SaveAsync() => SubmitAsync(_check.Normalized);

    private Task StopAsync() => SubmitAsync(null);

    private async Task SubmitAsync(string? arn)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _failure = null;
        try
        {
            var outcome = await _call.RunAsync(token => Notifications.SetTopicAsync(Region, Identity, Type, arn, token), _lifetime.Token);
            if (outcome.Succeeded)
            {
                Snackbar.AddNotice(outcome);
                Dialog.Close(DialogResult.Ok(arn ?? string.Empty));
                return;
            }

            _failure = outcome.Failure;
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
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
}
