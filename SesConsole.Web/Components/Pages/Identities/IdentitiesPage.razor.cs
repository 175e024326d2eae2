using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Web.Security;

namespace SesConsole.Web.Components.Pages.Identities;

public partial class IdentitiesPage
{
    /// <summary>Pending rows are re-read from the identity index (no SES call; the index's sync re-reads SES).</summary>
    public static readonly TimeSpan PendingRefreshInterval = TimeSpan.FromSeconds(10);

    private static readonly int[] PageSizes = [25, 50, 100];

    private readonly CancellationTokenSource _lifetime = new();
    private MudDataGrid<IdentityRow>? _grid;
    private Task? _polling;
    private string? _search;
    private IdentityKind? _kind;
    private VerificationStatus? _status;
    private Failure? _failure;
    private string? _total;
    private bool _totalIsExact = true;
    private RegionSyncState? _sync;
    private List<IdentityRow> _rows = [];
    private string _rowsRegion = string.Empty;
    private List<string>? _dkimToFetch;
    private bool _isAdmin;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private bool IsUnfiltered => string.IsNullOrWhiteSpace(_search) && _kind is null && _status is null;

    private string PagerInfoFormat => _totalIsExact
        ? "{first_item}-{last_item} of {all_items}"
        : "{first_item}-{last_item} of {all_items}+";

    protected override void OnInitialized() => RegionState.Changed += OnRegionChangedAsync;

    /// <summary>Once per page, not an AuthorizeView per row; the service re-checks every change anyway.</summary>
    protected override async Task OnParametersSetAsync() =>
        _isAdmin = AuthenticationState is not null && (await AuthenticationState).User.IsInRole(AppRoles.Admin);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _polling = RefreshPendingPeriodicallyAsync(_lifetime.Token);
        }

        if (_dkimToFetch is { } domains)
        {
            _dkimToFetch = null;
            await LoadDkimAsync(_rowsRegion, domains, _lifetime.Token);
        }
    }

    private async Task<GridData<IdentityRow>> LoadPageAsync(GridState<IdentityRow> state, CancellationToken cancellationToken)
    {
        var region = RegionState.Current;
        var query = IdentityGridQuery.From(state, _search, _kind, _status);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        var outcome = await Reads.ListAsync(region, query, linked.Token);
        if (!outcome.Succeeded)
        {
            _failure = outcome.Failure;
            _rows = [];
            _total = null;
            _totalIsExact = true;
            StateHasChanged();
            return new GridData<IdentityRow> { Items = [], TotalItems = 0 };
        }

        _failure = null;
        _rows = outcome.Value.Items.Select(item => new IdentityRow(item)).ToList();
        _rowsRegion = region;
        _total = IdentityGridQuery.FormatTotal(outcome.Value.TotalCount, outcome.Value.TotalIsExact);
        _totalIsExact = outcome.Value.TotalIsExact;
        _sync = outcome.Value.Sync;
        var domains = _rows.Where(r => r.Kind == IdentityKind.Domain).Select(r => r.Name).ToList();
        _dkimToFetch = domains.Count > 0 ? domains : null;
        StateHasChanged();
        return new GridData<IdentityRow> { Items = _rows, TotalItems = outcome.Value.TotalCount };
    }

    /// <summary>DKIM status is a second SES call per page, fetched after the rows are on screen.</summary>
    private async Task LoadDkimAsync(string region, List<string> domains, CancellationToken cancellationToken)
    {
        var outcome = await Reads.GetDkimStatusesAsync(region, domains, cancellationToken);
        if (!outcome.Succeeded || region != _rowsRegion)
        {
            return;
        }

        foreach (var row in _rows)
        {
            if (outcome.Value.TryGetValue(row.Name, out var dkim))
            {
                row.Dkim = dkim;
            }
        }

        StateHasChanged();
    }

    private async Task RefreshPendingPeriodicallyAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(PendingRefreshInterval, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                // Until the region's first sync is complete, the whole page is re-read from the index as it fills.
                await InvokeAsync(() => _sync is { EverSynced: false } ? ReloadAsync(firstPage: false) : RefreshPendingAsync(cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page was closed or the circuit went away.
        }
    }

    private async Task RefreshPendingAsync(CancellationToken cancellationToken)
    {
        var region = _rowsRegion;
        var pending = _rows.Where(r => r.Status == VerificationStatus.Pending).Select(r => r.Name).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var outcome = await Reads.RefreshStatusesAsync(region, pending, cancellationToken);
        if (!outcome.Succeeded || region != _rowsRegion)
        {
            return;
        }

        foreach (var row in _rows)
        {
            if (outcome.Value.TryGetValue(row.Name, out var status))
            {
                row.Status = status;
            }
        }

        StateHasChanged();
    }

    private async Task ReloadAsync(bool firstPage)
    {
        if (_grid is null)
        {
            return;
        }

        if (firstPage && _grid.CurrentPage != 0)
        {
            // Navigating reloads the server data itself.
            _grid.NavigateTo(Page.First);
            return;
        }

        await _grid.ReloadServerData();
    }

    private Task SearchChangedAsync(string? search)
    {
        _search = search;
        return ReloadAsync(firstPage: true);
    }

    private Task KindChangedAsync(IdentityKind? kind)
    {
        _kind = kind;
        return ReloadAsync(firstPage: true);
    }

    private Task StatusChangedAsync(VerificationStatus? status)
    {
        _status = status;
        return ReloadAsync(firstPage: true);
    }

    private Task ClearFiltersAsync()
    {
        _search = null;
        _kind = null;
        _status = null;
        return ReloadAsync(firstPage: true);
    }

    private Task RetryAsync()
    {
        _failure = null;
        return ReloadAsync(firstPage: false);
    }

    private Task RefreshAsync()
    {
        Reads.RequestSync(RegionState.Current);
        return ReloadAsync(firstPage: false);
    }

    private Task OnRegionChangedAsync(string region, CancellationToken cancellationToken)
    {
        _failure = null;
        _rows = [];
        return ReloadAsync(firstPage: true);
    }

    private async Task VerifyEmailAsync()
    {
        var started = await IdentityDialogs.VerifyEmailAsync(Dialogs, RegionState.Current);
        if (started is not null)
        {
            Snackbar.Add(IdentityDialogs.ConfirmationSent(started.EmailAddress), Severity.Success);
            await ReloadAsync(firstPage: false);
        }
    }

    private async Task VerifyDomainAsync()
    {
        var started = await IdentityDialogs.VerifyDomainAsync(Dialogs, RegionState.Current);
        if (started is not null)
        {
            Snackbar.Add($"Verification of {started.Domain} started.", Severity.Success);
        }

        // Also after closing the result view with Escape: the domain may exist now.
        await ReloadAsync(firstPage: false);
    }

    private async Task DeleteAsync(IdentityRow row)
    {
        if (await IdentityDialogs.DeleteAsync(Dialogs, RegionState.Current, row.Name, row.Kind))
        {
            Snackbar.Add($"{row.Name} was deleted from {RegionState.Current}.", Severity.Success);
            await ReloadAsync(firstPage: false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        RegionState.Changed -= OnRegionChangedAsync;
        await _lifetime.CancelAsync();
        if (_polling is not null)
        {
            await _polling;
        }

        _lifetime.Dispose();
        GC.SuppressFinalize(this);
    }
}
