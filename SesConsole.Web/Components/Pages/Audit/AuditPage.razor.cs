using MudBlazor;
using SesConsole.Web.Audit;

namespace SesConsole.Web.Components.Pages.Audit;

public partial class AuditPage
{
    private const string FilterStyle = "flex: 1 1 180px; max-width: 250px;";

    private static readonly int[] PageSizes = [25, 50, 100];

    private MudDataGrid<AuditRecord>? _grid;
    private string? _identity;
    private string? _person;
    private string _action = string.Empty;
    private DateRange? _dates;
    private int _total;

    private bool IsUnfiltered =>
        string.IsNullOrWhiteSpace(_identity) && string.IsNullOrWhiteSpace(_person) && _action.Length == 0
        && _dates?.Start is null && _dates?.End is null;

    private async Task<GridData<AuditRecord>> LoadPageAsync(GridState<AuditRecord> state, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, Lifetime);
        var page = await AuditQuery.FindAsync(CurrentFilter(state.Page, state.PageSize), linked.Token);
        _total = page.TotalCount;
        StateHasChanged();
        return new GridData<AuditRecord> { Items = page.Items, TotalItems = page.TotalCount };
    }

    /// <summary>The picked dates are whole UTC days: from the start of the first to the end of the last.</summary>
    private AuditFilter CurrentFilter(int pageIndex, int pageSize)
    {
        DateTimeOffset? from = _dates?.Start is { } start ? new DateTimeOffset(start.Date, TimeSpan.Zero) : null;
        DateTimeOffset? to = _dates?.End is { } end ? new DateTimeOffset(end.Date.AddDays(1).AddTicks(-1), TimeSpan.Zero) : null;
        return new AuditFilter(_identity, _person, _action.Length == 0 ? null : _action, from, to, pageIndex, pageSize);
    }

    private static string ShortId(string id) => id.Length > 8 ? id[..8] + "…" : id;

    private Task FiltersChangedAsync(string _) => ReloadAsync();

    private Task ActionChangedAsync(string action)
    {
        _action = action ?? string.Empty;
        return ReloadAsync();
    }

    private Task DatesChangedAsync(DateRange? dates)
    {
        _dates = dates;
        return ReloadAsync();
    }

    private Task ClearFiltersAsync()
    {
        _identity = null;
        _person = null;
        _action = string.Empty;
        _dates = null;
        return ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }
}
