using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Web.Components.Pages.Identities.Grid;
using SesConsole.Web.Security;

namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>
/// The identity grid of one region, or of every region (<see cref="IdentityRoutes.AllRegions"/>). Its view lives in
/// the URL (<see cref="IdentityGridUrl"/>); it reads only the identity index and follows the index's changes live.
/// </summary>
public partial class IdentitiesPage
{
    private static readonly int[] PageSizes = [.. IdentityGridUrl.Sizes];

    private readonly CancellationTokenSource _lifetime = new();
    private MudDataGrid<IdentityRow>? _grid;
    private IAsyncDisposable? _changes;
    private int _gridKey;
    private string _region = string.Empty;
    private bool _allRegions;
    private IdentityGridUrl _view = IdentityGridUrl.Default;
    private string? _search;
    private IdentityKind? _kind;
    private VerificationStatus? _status;
    private string? _regionFilter;
    private bool _missingFeedback;
    private Failure? _failure;
    private string? _total;
    private bool _totalIsExact = true;
    private IReadOnlyList<RegionSyncState> _syncStates = [];
    private List<IdentityRow> _rows = [];
    private bool _isAdmin;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The region from the route, or <see cref="IdentityRoutes.AllRegions"/>; none means the current region.</summary>
    [Parameter]
    public string? Region { get; set; }

    private bool IsUnfiltered =>
        string.IsNullOrWhiteSpace(_search) && _kind is null && _status is null && _regionFilter is null && !_missingFeedback;

    private string RegionLabel => _allRegions ? "any region" : _region;

    private string PagerInfoFormat => _totalIsExact
        ? "{first_item}-{last_item} of {all_items}"
        : "{first_item}-{last_item} of {all_items}+";

    protected override void OnInitialized() => _changes = IndexChanges.Subscribe(OnIndexChangedAsync);

    protected override async Task OnParametersSetAsync()
    {
        // Once per page, not an AuthorizeView per row; the service re-checks every change anyway.
        _isAdmin = AuthenticationState is not null && (await AuthenticationState).User.IsInRole(AppRoles.Admin);
        var region = string.IsNullOrEmpty(Region) ? RegionState.Current : Region;
        var all = IdentityRoutes.IsAllRegions(region);
        if (!all && !Reads.Regions.Contains(region, StringComparer.Ordinal))
        {
            // An unknown region in a bookmark or a typed URL: the default region's grid, not an error page.
            Navigation.NavigateTo(IdentityRoutes.Grid(RegionState.Regions[0]), replace: true);
            return;
        }

        if (!all)
        {
            await RegionState.SelectAsync(region, _lifetime.Token);
        }

        var view = IdentityGridUrl.Parse(Navigation.Uri, Reads.Regions);
        if (region == _region && view == _view && _gridKey > 0)
        {
            // The URL only caught up with what the grid already shows.
            return;
        }

        _region = region;
        _allRegions = all;
        _view = all ? view : view with { Region = null };
        _search = _view.Search;
        _kind = _view.Kind;
        _status = _view.Status;
        _regionFilter = _view.Region;
        _missingFeedback = _view.MissingFeedbackTopics;
        _failure = null;
        _rows = [];
        _selection.Clear();
        _syncStates = await SyncStatesAsync(_lifetime.Token);
        // A new grid starts from the URL's page, size and sort (back button, reload, a shared link).
        _gridKey++;
    }

    private SortDirection InitialDirection(IdentitySortField field) =>
        _view.Sort != field ? SortDirection.None : _view.Descending ? SortDirection.Descending : SortDirection.Ascending;

    private string DetailsHref(IdentityRow row) => IdentityRoutes.Details(row.Region ?? _region, row.Name);

    private bool _exporting;

    /// <summary>Downloads the current view (filters and sort, every page) as CSV, from the index.</summary>
    private async Task ExportAsync()
    {
        _exporting = true;
        var region = _allRegions ? _regionFilter : _region;
        var csv = await IdentityCsvExport.ToCsvAsync(Reads, region, _view.ToQuery(), _lifetime.Token);
        _exporting = false;
        if (csv.Succeeded)
        {
            await Downloader.DownloadAsync(IdentityCsvExport.FileName(region ?? IdentityRoutes.AllRegions), "text/csv", csv.Value, _lifetime.Token);
        }
        else
        {
            Snackbar.Add(csv.Failure.Message, Severity.Error);
        }
    }

    private async Task<GridData<IdentityRow>> LoadPageAsync(GridState<IdentityRow> state, CancellationToken cancellationToken)
    {
        var query = IdentityGridQuery.From(state, _search, _kind, _status, _missingFeedback);
        var view = IdentityGridUrl.From(query, _allRegions ? _regionFilter : null);
        if (view != _view)
        {
            // The operator paged, sorted or filtered: the URL follows, as a new history entry for the back button.
            _view = view;
            Navigation.NavigateTo(IdentityRoutes.Grid(_region, view));
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        var outcome = _allRegions && _regionFilter is null
            ? await Reads.ListAllRegionsAsync(query, linked.Token)
            : await Reads.ListAsync(_regionFilter ?? _region, query, linked.Token);
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
        // Everything a row shows comes from the index with the page: no SES call, however many tabs are open.
        _rows = outcome.Value.Items.Select(item => new IdentityRow(item)).ToList();
        _total = IdentityGridQuery.FormatTotal(outcome.Value.TotalCount, outcome.Value.TotalIsExact);
        _totalIsExact = outcome.Value.TotalIsExact;
        if (!_allRegions && outcome.Value.Sync is { } sync)
        {
            _syncStates = [sync];
        }

        StateHasChanged();
        return new GridData<IdentityRow> { Items = _rows, TotalItems = outcome.Value.TotalCount };
    }

    private async Task<IReadOnlyList<RegionSyncState>> SyncStatesAsync(CancellationToken cancellationToken)
    {
        var regions = _allRegions ? Reads.Regions : [_region];
        var states = new List<RegionSyncState>(regions.Count);
        foreach (var region in regions)
        {
            states.Add(await Reads.SyncStateAsync(region, cancellationToken));
        }

        return states;
    }

    /// <summary>The sync (or someone's change) moved the index: the page re-reads the index, never SES.</summary>
    private Task OnIndexChangedAsync(IdentityIndexChanged change, CancellationToken cancellationToken)
    {
        if (!_allRegions && change.Region != _region)
        {
            return Task.CompletedTask;
        }

        return InvokeAsync(async () =>
        {
            _syncStates = await SyncStatesAsync(cancellationToken);
            if (change.Kind == IndexChangeKind.Identities || _syncStates.Any(s => !s.EverSynced) || !_totalIsExact)
            {
                await ReloadAsync(firstPage: false);
            }

            StateHasChanged();
        });
    }

    private async Task ReloadAsync(bool firstPage)
    {
        if (_grid is null)
        {
            return;
        }

        if (firstPage)
        {
            // Another filter: "all matching" and the picked rows belonged to the old one.
            _selection.Clear();
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

    private Task MissingFeedbackChangedAsync(bool missing)
    {
        _missingFeedback = missing;
        return ReloadAsync(firstPage: true);
    }

    private Task RegionFilterChangedAsync(string? region)
    {
        _regionFilter = region;
        return ReloadAsync(firstPage: true);
    }

    private Task ClearFiltersAsync()
    {
        _search = null;
        _kind = null;
        _status = null;
        _regionFilter = null;
        _missingFeedback = false;
        return ReloadAsync(firstPage: true);
    }

    private Task RetryAsync()
    {
        _failure = null;
        return ReloadAsync(firstPage: false);
    }

    /// <summary>"Sync now": the sync reads SES as soon as its budget allows; the page follows its progress live.</summary>
    private void SyncNow()
    {
        foreach (var state in _syncStates)
        {
            Reads.RequestSync(state.Region);
        }
    }

    private async Task VerifyEmailAsync()
    {
        var started = await IdentityDialogs.VerifyEmailAsync(Dialogs, _region);
        if (started is not null)
        {
            Started.Add(_region, started.EmailAddress);
            Snackbar.Add(IdentityDialogs.ConfirmationSent(started.EmailAddress), Severity.Success);
            await ReloadAsync(firstPage: false);
        }
    }

    private async Task VerifyDomainAsync()
    {
        var started = await IdentityDialogs.VerifyDomainAsync(Dialogs, _region);
        if (started is not null)
        {
            Started.Add(_region, started.Domain);
            Snackbar.Add($"Verification of {started.Domain} started.", Severity.Success);
        }

        // Also after closing the result view with Escape: the domain may exist now.
        await ReloadAsync(firstPage: false);
    }

    private async Task DeleteAsync(IdentityRow row)
    {
        var region = row.Region ?? _region;
        if (await IdentityDialogs.DeleteAsync(Dialogs, region, row.Name, row.Kind))
        {
            Snackbar.Add($"{row.Name} was deleted from {region}.", Severity.Success);
            await ReloadAsync(firstPage: false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        if (_changes is not null)
        {
            await _changes.DisposeAsync();
        }

        _lifetime.Dispose();
        GC.SuppressFinalize(this);
    }
}
