using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Overview;
using SesConsole.Web.Audit;

namespace SesConsole.Web.Components.Pages.Overview;

public partial class OverviewPage
{
    private const int Changes = 10;

    private IReadOnlyList<RegionOverview>? _regions;
    private IReadOnlyList<AuditRecord>? _changes;
    private DateTimeOffset _now;
    private string? _error;

    [Inject]
    private IIdentityOverview Overview { get; set; } = default!;

    [Inject]
    private IAuditQuery Audit { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<OverviewPage> Logger { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _now = Time.GetUtcNow();
        try
        {
            _regions = await Overview.ReadAsync(_now, Lifetime);
            _changes = (await Audit.FindAsync(new AuditFilter(PageSize: Changes), Lifetime)).Items;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Reading the overview failed");
            _regions ??= [];
            _error = "The overview could not be read from the console database right now. Reload the page in a moment.";
        }
    }

    private static List<ChartSeries<double>> StatusSeries(RegionOverview region) =>
        [new ChartSeries<double> { Name = "Identities", Data = OverviewTiles.Statuses(region).Select(s => (double)s.Count).ToArray() }];

    private static string[] StatusLabels(RegionOverview region) =>
        OverviewTiles.Statuses(region).Select(s => Shared.StatusPresentation.Label(s.Status)).ToArray();
}
