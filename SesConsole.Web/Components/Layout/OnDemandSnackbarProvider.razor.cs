using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace SesConsole.Web.Components.Layout;

public partial class OnDemandSnackbarProvider : IDisposable
{
    private bool _shown;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override void OnInitialized()
    {
        _shown = Snackbar.ShownSnackbars.Any();
        if (!_shown)
        {
            Snackbar.OnSnackbarsUpdated += OnSnackbarsUpdated;
        }
    }

    // Raised by whoever adds the snackbar, on any thread; the provider, once shown, follows the list itself.
    private void OnSnackbarsUpdated()
    {
        if (_shown || !Snackbar.ShownSnackbars.Any())
        {
            return;
        }

        Snackbar.OnSnackbarsUpdated -= OnSnackbarsUpdated;
        InvokeAsync(() =>
        {
            _shown = true;
            StateHasChanged();
        });
    }

    public void Dispose() => Snackbar.OnSnackbarsUpdated -= OnSnackbarsUpdated;
}
