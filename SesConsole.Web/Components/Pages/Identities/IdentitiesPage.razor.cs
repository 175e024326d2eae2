using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Web.Components.Pages.Identities.Grid;
using SesConsole.Web.Components.Shared;
using SesConsole.Web.Security;

namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>
/// The identity grid of one region, or of every region (<see cref="IdentityRoutes.AllRegions"/>): a plain table with
/// MudBlazor's table classes (a MudDataGrid is about 120 components per circuit). Its view lives in the URL
/// (<see cref="IdentityGridUrl"/>); it reads only the identity index and follows the index's changes live. The URL's
/// page is read while prerendering and carried into the circuit (<see cref="PrerenderedReads"/>): the rows are in the
/// first HTML, and the circuit's first render shows the same rows without reading the index again.
/// </summary>
public partial class IdentitiesPage
{
    /// <summary>An index read that takes longer than this is given up and shown as a failure with Retry.</summary>
    internal static readonly TimeSpan ReadTimeLimit = TimeSpan.FromSeconds(20);

    private readonly CancellationTokenSource _lifetime = new();
    private CancellationTokenSource? _load;
    private int _loads;
    private PrerenderedReads? _reads;
    private IAsyncDisposable? _changes;
    private string _region = string.Empty;
    private bool _allRegions;
    private IdentityGridUrl _view = IdentityGridUrl.Default;
    private Failure? _failure;
    private string? _total;
    private int _totalCount;
    private bool _totalIsExact = true;
    private IReadOnlyList<RegionSyncState> _syncStates = [];
    private List<IdentityRow> _rows = [];
    private bool _adopted;
    private bool _read;
    private bool _isAdmin;

    [Inject]
    private PersistentComponentState ComponentState { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The region from the route, or <see cref="IdentityRoutes.AllRegions"/>; none means the current region.</summary>
    [Parameter]
    public string? Region { get; set; }

    private bool IsUnfiltered =>
        _view.Search is null && _view.Kind is null && _view.Status is null && _view.Region is null
        && !_view.MissingFeedbackTopics && _view.PendingOver is null;

    private string RegionLabel => _allRegions ? "any region" : _region;

    /// <summary>The first render before the page's first read: the skeleton, never "No identities".</summary>
    private bool ShowSkeleton => !_read;

    protected override void OnInitialized()
    {
        _reads = new PrerenderedReads(ComponentState, RendererInfo);
        _changes = IndexChanges.Subscribe(OnIndexChangedAsync);
    }

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

        var view = IdentityGridUrl.Parse(Navigation.Uri, Reads.Regions);
        view = all ? view : view with { Region = null };
        if (IdentityGridUrl.QueryOf(Navigation.Uri) != view.ToQueryString())
        {
            // A value the grid does not know (or says otherwise) is dropped from the URL, not shown as an error.
            Navigation.NavigateTo(IdentityRoutes.Grid(region, view), replace: true);
        }

        if (_adopted && region == _region && view == _view)
        {
            // The URL only caught up with what the grid already shows.
            return;
        }

        var newRegion = region != _region;
        var first = !_adopted;
        _adopted = true;
        _region = region;
        _allRegions = all;
        _view = view;
        _selection.Clear();
        // The first read of a page load may come from the prerender; it is set before anything else is awaited, so
        // the circuit's first render already shows the prerendered rows.
        await LoadAsync(carried: first);
        if (newRegion && !all)
        {
            await RegionState.SelectAsync(region, _lifetime.Token);
        }
    }

    private string DetailsHref(IdentityRow row) => IdentityRoutes.Details(row.Region ?? _region, row.Name);

    /// <summary>What the URL's first page is carried under: the region and the whole view, as the URL says them.</summary>
    internal static string FirstPageKey(string region, IdentityGridUrl view) => $"grid:{region}:{view.ToQueryString()}";

    /// <summary>
    /// Reads the view's page from the index (never SES). A newer load supersedes this one (its answer is dropped);
    /// the rows on screen stay until the new page is there, so paging and live updates never flash the skeleton.
    /// </summary>
    private async Task LoadAsync(bool carried = false)
    {
        if (_load is { } previous)
        {
            await previous.CancelAsync();
        }

        var load = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        load.CancelAfter(ReadTimeLimit);
        _load = load;
        var generation = ++_loads;
        try
        {
            var query = _view.ToQuery();
            Outcome<IdentityPage> outcome;
            try
            {
                outcome = carried
                    ? await _reads!.ReadAsync(FirstPageKey(_region, _view), () => ListAsync(query, load.Token))
                    : await ListAsync(query, load.Token);
            }
            catch (OperationCanceledException) when (generation == _loads && !_lifetime.IsCancellationRequested)
            {
                outcome = Outcome<IdentityPage>.Fail(new Failure(FailureKind.Unavailable,
                    $"The identity index did not answer within {ReadTimeLimit.TotalSeconds:0} seconds. Try again."));
            }

            if (generation != _loads)
            {
                // A newer load took over: its answer is the one to show.
                return;
            }

            // Shown before anything else is awaited: a carried page is on screen in the circuit's first render.
            _read = true;
            Show(outcome);
            if (_allRegions || !outcome.Succeeded || outcome.Value.Sync is null)
            {
                var states = carried
                    ? await _reads!.ReadAsync($"grid-sync:{_region}", async () =>
                        Outcome<IReadOnlyList<RegionSyncState>>.Success(await SyncStatesAsync(load.Token)))
                    : Outcome<IReadOnlyList<RegionSyncState>>.Success(await SyncStatesAsync(load.Token));
                if (generation == _loads && states.Succeeded)
                {
                    _syncStates = states.Value;
                }
            }
        }
        catch (OperationCanceledException) when (load.IsCancellationRequested)
        {
            // Superseded, the page closing, or the freshness line's read over its time limit (the rows are shown).
        }
        finally
        {
            if (_load == load)
            {
                _load = null;
            }

            load.Dispose();
        }
    }

    private Task<Outcome<IdentityPage>> ListAsync(IdentityQuery query, CancellationToken cancellationToken) =>
        _allRegions && _view.Region is null
            ? Reads.ListAllRegionsAsync(query, cancellationToken)
            : Reads.ListAsync(_view.Region ?? _region, query, cancellationToken);

    private void Show(Outcome<IdentityPage> outcome)
    {
        if (!outcome.Succeeded)
        {
            _failure = outcome.Failure;
            _rows = [];
            _total = null;
            _totalCount = 0;
            _totalIsExact = true;
            return;
        }

        _failure = null;
        // Everything a row shows comes from the index with the page: no SES call, however many tabs are open.
        _rows = outcome.Value.Items.Select(item => new IdentityRow(item)).ToList();
        _total = IdentityGridQuery.FormatTotal(outcome.Value.TotalCount, outcome.Value.TotalIsExact);
        _totalCount = outcome.Value.TotalCount;
        _totalIsExact = outcome.Value.TotalIsExact;
        if (!_allRegions && outcome.Value.Sync is { } sync)
        {
            _syncStates = [sync];
        }
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
                await LoadAsync();
            }

            StateHasChanged();
        });
    }

    /// <summary>
    /// The operator paged, sorted or filtered: the URL follows as a new history entry (the back button returns),
    /// then the page is read. Another filter starts at page 1 and drops the selection made under the old one.
    /// </summary>
    private Task ShowViewAsync(IdentityGridUrl view, bool filtersChanged = false)
    {
        if (filtersChanged)
        {
            view = view.FirstPage();
            _selection.Clear();
        }

        if (view == _view)
        {
            return Task.CompletedTask;
        }

        _view = view;
        Navigation.NavigateTo(IdentityRoutes.Grid(_region, view));
        return LoadAsync();
    }

    private Task SearchChangedAsync(string? search) => ShowViewAsync(_view with { Search = search }, filtersChanged: true);

    private Task KindChangedAsync(IdentityKind? kind) => ShowViewAsync(_view with { Kind = kind }, filtersChanged: true);

    private Task StatusChangedAsync(VerificationStatus? status) => ShowViewAsync(_view with { Status = status }, filtersChanged: true);

    private Task MissingFeedbackChangedAsync(bool missing) =>
        ShowViewAsync(_view with { MissingFeedbackTopics = missing }, filtersChanged: true);

    private Task RegionFilterChangedAsync(string? region) => ShowViewAsync(_view with { Region = region }, filtersChanged: true);

    private Task ClearPendingOverAsync() => ShowViewAsync(_view with { PendingOver = null }, filtersChanged: true);

    private Task ClearFiltersAsync() =>
        ShowViewAsync(IdentityGridUrl.Default with { Sort = _view.Sort, Descending = _view.Descending, Size = _view.Size }, filtersChanged: true);

    private Task SortAsync(IdentitySortField field) => ShowViewAsync(GridSorting.Next(_view, field).FirstPage());

    private Task PageAsync(int page) => ShowViewAsync(_view with { Page = page });

    private Task PageSizeAsync(int size) => ShowViewAsync(_view with { Size = size, Page = 1 });

    private Task RetryAsync()
    {
        _failure = null;
        return LoadAsync();
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
            await LoadAsync();
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
        await LoadAsync();
    }

    private async Task DeleteAsync(IdentityRow row)
    {
        var region = row.Region ?? _region;
        if (await IdentityDialogs.DeleteAsync(Dialogs, region, row.Name, row.Kind))
        {
            Snackbar.Add($"{row.Name} was deleted from {region}.", Severity.Success);
            await LoadAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        _reads?.Dispose();
        if (_changes is not null)
        {
            await _changes.DisposeAsync();
        }

        _lifetime.Dispose();
        GC.SuppressFinalize(this);
    }
}
