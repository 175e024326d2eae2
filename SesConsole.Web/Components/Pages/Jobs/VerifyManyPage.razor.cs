using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using SesConsole.Core.Jobs;

namespace SesConsole.Web.Components.Pages.Jobs;

public partial class VerifyManyPage
{
    private const string Placeholder = "sender@example.com\nexample.org\n…";

    private string? _text;
    private string? _inputError;
    private BulkVerifyPlan? _plan;
    private bool _includeDkim = true;
    private bool _busy;

    [Parameter]
    public string Region { get; set; } = string.Empty;

    [Inject]
    private IBulkJobs Jobs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private string StartLabel => _plan is { Ready.Count: var ready }
        ? $"Verify {ready} {(ready == 1 ? "identity" : "identities")}"
        : "Verify";

    private string Duration => _plan is null ? string.Empty : TimeSpan.FromSeconds(_plan.Ready.Count) switch
    {
        { TotalSeconds: <= 1 } => "a second",
        { TotalMinutes: < 1 } short_ => $"{short_.Seconds.ToString(CultureInfo.InvariantCulture)} seconds",
        { TotalMinutes: <= 1 } => "a minute",
        var long_ => $"{Math.Ceiling(long_.TotalMinutes).ToString(CultureInfo.InvariantCulture)} minutes",
    };

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        if (file.Size > BulkLimits.MaxInputCharacters)
        {
            _inputError = $"{file.Name} is larger than {BulkLimits.MaxInputCharacters:N0} bytes; split it into several lists.";
            return;
        }

        using var reader = new StreamReader(file.OpenReadStream(BulkLimits.MaxInputCharacters, Lifetime));
        _text = await reader.ReadToEndAsync(Lifetime);
        _inputError = null;
        await CheckAsync();
    }

    private async Task CheckAsync()
    {
        _busy = true;
        _plan = null;
        var checkedList = await Jobs.CheckVerifyListAsync(Region, _text, Lifetime);
        _busy = false;
        if (checkedList.Succeeded)
        {
            _plan = checkedList.Value;
            _inputError = null;
        }
        else
        {
            _inputError = checkedList.Failure.Message;
        }
    }

    private async Task StartAsync()
    {
        if (_plan is null)
        {
            return;
        }

        _busy = true;
        var started = await Jobs.StartVerifyAsync(_plan, _includeDkim, Lifetime);
        _busy = false;
        if (started.Succeeded)
        {
            Navigation.NavigateTo(JobPresentation.JobUrl(started.Value));
        }
        else
        {
            Snackbar.Add(started.Failure.Message, Severity.Error);
        }
    }
}
