using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Notifications;
using SesConsole.Core.Ses;
using SesConsole.Web.Components.Shared;
using SesConsole.Web.Security;

namespace SesConsole.Web.Components.Pages.Identities.Notifications;

public partial class NotificationsSection : IDisposable
{
    private static readonly string EditButtonClass = PlainMarkup.ButtonClass(Variant.Text, Color.Primary, Size.Small);
    private static readonly SesNotificationType[] Types = [SesNotificationType.Bounce, SesNotificationType.Complaint, SesNotificationType.Delivery];

    /// <summary>A row's test ids and its switch's name, built once per process rather than per render and circuit.</summary>
    private static readonly Dictionary<SesNotificationType, (string Row, string Headers, string HeadersLabel, string Edit)> RowNames =
        Types.ToDictionary(t => t, t => ($"notification-{t}", $"headers-{t}", $"Include original headers in {t} notifications", $"edit-topic-{t}"));
    private readonly CancellationTokenSource _lifetime = new();
    private NotificationSettings? _settings;
    private Failure? _loadFailure;
    private Failure? _changeFailure;
    private bool _busy;
    private bool _isAdmin;
    private PrerenderedReads? _reads;

    [Inject]
    private PersistentComponentState ComponentState { get; set; } = default!;

    [Inject]
    private IIdentityNotifications Notifications { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Asked once for the role (a cascading parameter would keep a subscription and a parameter copy per circuit).</summary>
    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Region { get; set; } = string.Empty;

    /// <summary>The identity exactly as SES holds it.</summary>
    [Parameter, EditorRequired]
    public string Identity { get; set; } = string.Empty;

    private bool CanChange => _isAdmin;

    private string MissingText => (_settings!.BounceTopic, _settings.ComplaintTopic) switch
    {
        (null, null) => "bounces or complaints",
        (null, _) => "bounces",
        _ => "complaints",
    };

    protected override async Task OnInitializedAsync()
    {
        // Read once: what the prerender read is carried into the circuit instead of asked of SES again.
        _reads = new PrerenderedReads(ComponentState, RendererInfo);
        _isAdmin = await AppRoles.IsAdminAsync(Authentication);

        await LoadAsync();
    }

    public void Dispose()
    {
        _reads?.Dispose();
        _lifetime.Cancel();
        _lifetime.Dispose();
    }

    private async Task LoadAsync()
    {
        _loadFailure = null;
        _settings = null;
        try
        {
            var (region, identity) = (Region, Identity);
            var outcome = await _reads!.ReadAsync(
                $"identity-notifications:{region}:{identity}", () => Notifications.GetAsync(region, identity, _lifetime.Token));
            (_settings, _loadFailure) = (outcome.Value, outcome.Failure);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
    }

    private async Task EditTopicAsync(SesNotificationType type)
    {
        var dialog = await Dialogs.ShowAsync<NotificationTopicDialog>(
            $"{type} notifications",
            new DialogParameters<NotificationTopicDialog>
            {
                { d => d.Region, Region },
                { d => d.Identity, Identity },
                { d => d.Type, type },
                { d => d.Current, _settings?.TopicFor(type) },
            },
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true, BackdropClick = false });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            Snackbar.Add($"{type} notifications of {Identity} updated.", Severity.Success);
            await LoadAsync();
        }
    }

    private Task SetForwardingAsync(bool enabled) =>
        ChangeAsync(() => Notifications.SetForwardingAsync(Region, Identity, enabled, _lifetime.Token),
            enabled ? "Email feedback forwarding turned on." : "Email feedback forwarding turned off.");

    private Task SetHeadersAsync(SesNotificationType type, bool enabled) =>
        ChangeAsync(() => Notifications.SetHeadersAsync(Region, Identity, type, enabled, _lifetime.Token),
            $"Original headers {(enabled ? "included in" : "left out of")} {type.ToString().ToLowerInvariant()} notifications.");

    private async Task ChangeAsync(Func<Task<Outcome<Done>>> change, string done)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _changeFailure = null;
        try
        {
            var outcome = await change();
            if (!outcome.Succeeded)
            {
                _changeFailure = outcome.Failure;
                return;
            }

            Snackbar.Add(done, Severity.Success);
            Snackbar.AddNotice(outcome);
            var reloaded = await Notifications.GetAsync(Region, Identity, _lifetime.Token);
            if (reloaded.Succeeded)
            {
                _settings = reloaded.Value;
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
        finally
        {
            _busy = false;
        }
    }
}
