using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Options;
using MudBlazor;
using SesConsole.Core.Configuration;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Layout;

public partial class MainLayout : IDisposable
{
    private const string MenuButtonClass =
        "mud-button-root mud-icon-button mud-inherit-text hover:mud-inherit-hover mud-ripple mud-ripple-icon mud-icon-button-edge-start";

    private static readonly MarkupString MenuIcon = PlainMarkup.IconButtonLabel(Icons.Material.Filled.Menu, Size.Medium);

    // One theme for the process: SharedThemeProvider writes its CSS once per theme and mode.
    private static readonly MudTheme Theme = SesConsoleTheme.Create();

    private readonly DrawerState _drawer = new();
    private bool _darkMode;

    [Inject]
    private IOptions<SesOptions> SesOptions { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool IsLocalMode => SesOptions.Value.Mode == SesMode.Local;

    private string DarkModeLabel => _darkMode ? "Switch to light mode" : "Switch to dark mode";

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    // Navigating closes a phone's drawer, as MudDrawer did. Raised on the renderer's context (see NavMenu).
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (_drawer.NarrowOpen)
        {
            _drawer.CloseNarrow();
            StateHasChanged();
        }
    }

    private void ToggleDarkMode() => _darkMode = !_darkMode;

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
