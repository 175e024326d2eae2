using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Pages.Identities;

public partial class IdentityDetailsPage
{
    private readonly CancellationTokenSource _lifetime = new();
    private IdentityDetails? _details;
    private Failure? _failure;
    private bool _busy;

    [Parameter]
    public string Identity { get; set; } = string.Empty;

    private IReadOnlyList<DnsRecord> VerificationRecords =>
        Records.Where(r => r.Type == DnsRecordType.TXT && r.Name.StartsWith("_amazonses.", StringComparison.OrdinalIgnoreCase)).ToList();

    private IReadOnlyList<DnsRecord> DkimRecords =>
        Records.Where(r => r.Type == DnsRecordType.CNAME && r.Name.Contains("._domainkey.", StringComparison.OrdinalIgnoreCase)).ToList();

    private IReadOnlyList<DnsRecord> MailFromRecords =>
        _details?.MailFrom is { } mailFrom
            ? Records.Where(r => string.Equals(r.Name, mailFrom.MailFromDomain, StringComparison.OrdinalIgnoreCase)).ToList()
            : [];

    private IReadOnlyList<DnsRecord> OtherRecords =>
        Records.Except(VerificationRecords).Except(DkimRecords).Except(MailFromRecords).ToList();

    private IReadOnlyList<DnsRecord> Records => _details?.Records ?? [];

    protected override void OnInitialized() => RegionState.Changed += OnRegionChangedAsync;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _details = null;
        _failure = null;
        var outcome = await Reads.GetDetailsAsync(RegionState.Current, Identity, _lifetime.Token);
        if (outcome.Succeeded)
        {
            _details = outcome.Value;
        }
        else
        {
            _failure = outcome.Failure;
        }
    }

    private async Task OnRegionChangedAsync(string region, CancellationToken cancellationToken)
    {
        await LoadAsync();
        StateHasChanged();
    }

    private async Task ResendAsync()
    {
        _busy = true;
        try
        {
            var outcome = await Changes.VerifyEmailAsync(RegionState.Current, Identity, _lifetime.Token);
            if (outcome.Succeeded)
            {
                Snackbar.Add(IdentityDialogs.ConfirmationSent(outcome.Value.EmailAddress), Severity.Success);
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
            Navigation.NavigateTo("/");
        }
    }

    private void ShowFailure(string title, Failure failure)
    {
        var requestId = string.IsNullOrEmpty(failure.RequestId) ? string.Empty : $" (SES request id {failure.RequestId})";
        Snackbar.Add($"{title}: {failure.Message}{requestId}", Severity.Error);
    }

    public void Dispose()
    {
        RegionState.Changed -= OnRegionChangedAsync;
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
