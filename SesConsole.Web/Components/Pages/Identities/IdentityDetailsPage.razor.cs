using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities;

public partial class IdentityDetailsPage
{
    private IdentityDetails? _details;
    private Failure? _failure;
    private bool _busy;
    private PrerenderedReads? _reads;

    [Inject]
    private PersistentComponentState ComponentState { get; set; } = default!;

    [Parameter]
    public string Identity { get; set; } = string.Empty;

    private IReadOnlyList<DnsRecord> VerificationRecords => RecordsFor(DnsRecordRole.Verification);

    private IReadOnlyList<DnsRecord> DkimRecords => RecordsFor(DnsRecordRole.Dkim);

    private IReadOnlyList<DnsRecord> MailFromRecords => RecordsFor(DnsRecordRole.MailFromMx, DnsRecordRole.MailFromSpf);

    private IReadOnlyList<DnsRecord> Records => _details?.Records ?? [];

    private List<DnsRecord> RecordsFor(params DnsRecordRole[] roles) => Records.Where(r => roles.Contains(r.Role)).ToList();

    protected override void OnInitialized()
    {
        _reads = new PrerenderedReads(ComponentState, RendererInfo);
        RegionState.Changed += OnRegionChangedAsync;
    }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _details = null;
        _failure = null;
        var region = RegionState.Current;
        var outcome = await _reads!.ReadAsync(
            $"identity-details:{region}:{Identity}", () => Reads.GetDetailsAsync(region, Identity, Lifetime));
        if (outcome.Succeeded)
        {
            _details = outcome.Value;
        }
        else
        {
            _failure = outcome.Failure;
        }
    }

    /// <summary>Reads the details again without blanking what is shown: the retry of a section that failed alone.</summary>
    private async Task RetrySectionsAsync()
    {
        var outcome = await Reads.GetDetailsAsync(RegionState.Current, Identity, Lifetime);
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
            var outcome = await Changes.VerifyEmailAsync(RegionState.Current, Identity, Lifetime);
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
            var outcome = await Changes.SetUpDkimAsync(RegionState.Current, Identity, Lifetime);
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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            RegionState.Changed -= OnRegionChangedAsync;
            _reads?.Dispose();
        }

        base.Dispose(disposing);
    }
}
