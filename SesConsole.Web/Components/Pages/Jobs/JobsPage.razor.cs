using Microsoft.AspNetCore.Components;
using SesConsole.Core.Jobs;

namespace SesConsole.Web.Components.Pages.Jobs;

public partial class JobsPage
{
    private IReadOnlyList<BulkJobSummary>? _jobs;
    private string? _error;
    private JobWatch? _watch;
    private Task? _watching;

    [Inject]
    private IBulkJobs Jobs { get; set; } = default!;

    [Inject]
    private IBulkJobStore Store { get; set; } = default!;

    [Inject]
    private ILogger<JobsPage> Logger { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _watch = new JobWatch(Store, _ => true);
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && _watch is not null)
        {
            _watching = _watch.StartForPage(InvokeAsync, LoadAsync, StateHasChanged, () => _jobs?.Any(j => j.State == BulkJobState.Running) == true, Lifetime);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _watch?.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task LoadAsync()
    {
        try
        {
            _jobs = await Jobs.ListAsync(Lifetime);
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Listing the jobs failed");
            _error = "The jobs could not be read from the console database right now. The page tries again by itself.";
        }
    }
}
