using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Shared;
using SesConsole.Core.Index;
using SesConsole.Web.Components.Pages.Identities.Grid;
using SesConsole.Web.Security;

namespace SesConsole.Web.Components.Pages.Identities;

public partial class IdentityDetailsPage
{
    private static readonly string DeleteButtonClass = PlainMarkup.ButtonClass(Variant.Outlined, Color.Error);
    private static readonly string ActionButtonClass = PlainMarkup.ButtonClass(Variant.Outlined, Color.Primary, Size.Medium, "mt-3");
    private readonly CancellationTokenSource _lifetime = new();
    private bool _isAdmin;
    private IdentityDetails? _details;
    private Failure? _failure;
    private bool _busy;
    private PrerenderedReads? _reads;

    [Inject]
    private PersistentComponentState ComponentState { get; set; } = default!;

    /// <summary>Asked once for the role (a cascading parameter would keep a subscription and a parameter copy per circuit).</summary>
    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    private IAsyncDisposable? _changes;

    /// <summary>The region from the route; none means the current region.</summary>
    [Parameter]
    public string? Region { get; set; }

    /// <summary>Exactly as SES holds it (the route carries it as one escaped segment).</summary>
    [Parameter]
    public string Identity { get; set; } = string.Empty;

    private IReadOnlyList<DnsRecord> VerificationRecords => RecordsFor(DnsRecordRole.Verification);

    private IReadOnlyList<DnsRecord> DkimRecords => RecordsFor(DnsRecordRole.Dkim);

    private IReadOnlyList<DnsRecord> MailFromRecords => RecordsFor(DnsRecordRole.MailFromMx, DnsRecordRole.MailFromSpf);

    private IReadOnlyList<DnsRecord> Records => _details?.Records ?? [];

    /// <summary>"Verification started 2025-03-04 10:15 UTC (3 hours ago)": one text frame.</summary>
    private string StartedText(DateTimeOffset startedAt) =>
        $"Verification started {startedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)} ({ElapsedTime.Since(startedAt, Clock.GetUtcNow())})";

    private List<DnsRecord> RecordsFor(params DnsRecordRole[] roles) => Records.Where(r => roles.Contains(r.Role)).ToList();

    protected override async Task OnInitializedAsync()
    {
        _reads = new PrerenderedReads(ComponentState, RendererInfo);
        _changes = IndexChanges.Subscribe(OnIndexChangedAsync);
        _isAdmin = await AppRoles.IsAdminAsync(Authentication);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (!string.IsNullOrEmpty(Region))
        {
            if (!RegionState.Regions.Contains(Region, StringComparer.Ordinal))
            {
                // An unknown region in a bookmark or a typed URL: the default region's grid, not an error page.
                Navigation.NavigateTo(IdentityRoutes.Grid(RegionState.Regions[0]), replace: true);
                return;
            }

            await RegionState.SelectAsync(Region, _lifetime.Token);
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _details = null;
        _failure = null;
        var region = RegionState.Current;
        var outcome = await _reads!.ReadAsync(
            $"identity-details:{region}:{Identity}", () => Reads.GetDetailsAsync(region, Identity, _lifetime.Token));
        if (outcome.Succeeded)
        {
            _details = outcome.Value;
        }
        else
        {
            _failure = outcome.Failure;
        }
    }

    /// <summary>The retry of a section that failed alone: only its SES read, without blanking what is shown.</summary>
    private async Task RetrySectionAsync(DetailSection section)
    {
        if (_details is null)
        {
            return;
        }

        var outcome = await Reads.RereadSectionAsync(RegionState.Current, _details, section, _lifetime.Token);
        if (outcome.Succeeded)
        {
            _details = outcome.Value;
        }
        else
        {
            _failure = outcome.Failure;
        }
    }

    /// <summary>The sync saw this identity's status change (or someone deleted it): shown at once, without a SES call.</summary>
    private Task OnIndexChangedAsync(IdentityIndexChanged change, CancellationToken cancellationToken)
    {
        if (change.Region != RegionState.Current || _details is null)
        {
            return Task.CompletedTask;
        }

        var mine = change.StatusChanges.LastOrDefault(c => string.Equals(c.Name, _details.Name, StringComparison.Ordinal));
        if (mine is null)
        {
            return Task.CompletedTask;
        }

        return InvokeAsync(() =>
        {
            if (_details is { } details && string.Equals(details.Name, mine.Name, StringComparison.Ordinal))
            {
                _details = details with { Status = mine.After };
                StateHasChanged();
            }
        });
    }

    private async Task ResendAsync()
    {
        _busy = true;
        try
        {
            var outcome = await Changes.VerifyEmailAsync(RegionState.Current, Identity, _lifetime.Token);
            if (outcome.Succeeded)
            {
                Started.Add(RegionState.Current, outcome.Value.EmailAddress);
                Snackbar.Add(IdentityDialogs.ConfirmationSent(outcome.Value.EmailAddress), Severity.Success);
                Snackbar.AddNotice(outcome);
                await LoadAsync();
            }
            else
            {
                ShowFailure("The mail was not sent", outcome.Failure);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SetUpDkimAsync()
    {
        _busy = true;
        try
        {
            var outcome = await Changes.SetUpDkimAsync(RegionState.Current, Identity, _lifetime.Token);
            if (outcome.Succeeded)
            {
                Snackbar.Add("Easy DKIM is set up: publish the three CNAME records.", Severity.Success);
                Snackbar.AddNotice(outcome);
                await LoadAsync();
            }
            else
            {
                ShowFailure("DKIM was not set up", outcome.Failure);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task DeleteAsync()
    {
        if (_details is null)
        {
            return;
        }

        if (await IdentityDialogs.DeleteAsync(Dialogs, RegionState.Current, _details.Name, _details.Kind))
        {
            Snackbar.Add($"{_details.Name} was deleted from {RegionState.Current}.", Severity.Success);
            Navigation.NavigateTo(IdentityRoutes.Grid(RegionState.Current));
        }
    }

    private void ShowFailure(string title, Failure failure)
    {
        var requestId = string.IsNullOrEmpty(failure.RequestId) ? string.Empty : $" (SES request id {failure.RequestId})";
        Snackbar.Add($"{title}: {failure.Message}{requestId}", Severity.Error);
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        if (_changes is not null)
        {
            await _changes.DisposeAsync();
        }

        _reads?.Dispose();
        _lifetime.Dispose();
        GC.SuppressFinalize(this);
    }
}
