using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Core.Jobs;
using SesConsole.Web.Interop;

namespace SesConsole.Web.Components.Pages.Jobs;

public partial class JobPage
{
    private readonly List<BreadcrumbItem> _crumbs = [new("Jobs", JobPresentation.JobsUrl), new("Job", null, disabled: true)];
    private BulkJobDetail? _job;
    private bool _missing;
    private bool _cancelling;
    private string? _error;
    private BulkLineState? _lineFilter;
    private JobWatch? _watch;
    private Task? _watching;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private IBulkJobs Jobs { get; set; } = default!;

    [Inject]
    private IBulkJobStore Store { get; set; } = default!;

    [Inject]
    private IFileDownloader Downloader { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILogger<JobPage> Logger { get; set; } = default!;

    /// <summary>The task that keeps the page live (for tests).</summary>
    internal Task? Watching => _watching;

    protected override async Task OnParametersSetAsync()
    {
        _watch?.Dispose();
        var id = Id;
        _watch = new JobWatch(Store, changed => changed == id);
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && _watch is not null)
        {
            _watching = _watch.StartForPage(InvokeAsync, LoadAsync, StateHasChanged, () => _job?.Summary.State == BulkJobState.Running, Lifetime);
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

    private bool ShowsLine(BulkJobLine line) => _lineFilter is null || line.State == _lineFilter;

    private void LineFilterChanged(BulkLineState? state) => _lineFilter = state;

    private async Task LoadAsync()
    {
        try
        {
            _job = await Jobs.GetAsync(Id, Lifetime);
            _missing = _job is null;
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Reading job {JobId} failed", Id);
            _error = "The job could not be read from the console database right now. The page tries again by itself.";
        }
    }

    private async Task CancelAsync()
    {
        _cancelling = true;
        var cancelled = await Jobs.CancelAsync(Id, Lifetime);
        _cancelling = false;
        if (cancelled.Succeeded)
        {
            Snackbar.Add("Cancel asked: the job stops before its next line.", Severity.Info);
        }
        else
        {
            Snackbar.Add(cancelled.Failure.Message, cancelled.Failure.Kind == FailureKind.NotFound ? Severity.Info : Severity.Error);
        }

        await LoadAsync();
    }

    private async Task DownloadRecordsAsync()
    {
        if (_job is null)
        {
            return;
        }

        var fileName = $"dns-records-{_job.Summary.Region}-{_job.Summary.CreatedAt:yyyyMMdd-HHmmss}.csv";
        await Downloader.DownloadAsync(fileName, "text/csv", DnsRecordExport.ToCsv(_job.Records), Lifetime);
    }
}
