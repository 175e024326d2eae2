using Microsoft.AspNetCore.Components;
using SesConsole.Core.Account;
using SesConsole.Core.Identities;
using SesConsole.Web.State;

namespace SesConsole.Web.Components.Layout;

public partial class AccountStatusChips : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private Outcome<AccountStatus>? _outcome;

    [Inject]
    private IAccountStatusService AccountStatus { get; set; } = null!;

    [Inject]
    private RegionState RegionState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        RegionState.Changed += OnRegionChangedAsync;
        await LoadAsync(RegionState.Current);
    }

    public void Dispose()
    {
        RegionState.Changed -= OnRegionChangedAsync;
        _lifetime.Cancel();
        _lifetime.Dispose();
    }

    private async Task OnRegionChangedAsync(string region, CancellationToken cancellationToken)
    {
        _outcome = null;
        StateHasChanged();
        await LoadAsync(region);
        StateHasChanged();
    }

    private static string ChipClass(string color) => $"mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-{color} ma-0";

    private async Task LoadAsync(string region)
    {
        try
        {
            _outcome = await AccountStatus.GetAsync(region, _lifetime.Token);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The circuit went away while SES was asked; nobody is left to show it to.
        }
    }
}
