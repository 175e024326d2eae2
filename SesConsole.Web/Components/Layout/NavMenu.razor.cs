using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using SesConsole.Web.Security;

namespace SesConsole.Web.Components.Layout;

public partial class NavMenu : IDisposable
{
    private bool _isAdmin;

    [Parameter]
    public bool IsLocalMode { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        RegionState.Changed += OnRegionChangedAsync;
        Navigation.LocationChanged += OnLocationChanged;
        _isAdmin = await AppRoles.IsAdminAsync(AuthenticationState);
    }

    public void Dispose()
    {
        RegionState.Changed -= OnRegionChangedAsync;
        Navigation.LocationChanged -= OnLocationChanged;
    }

    private Task OnRegionChangedAsync(string region, CancellationToken cancellationToken)
    {
        StateHasChanged();
        return Task.CompletedTask;
    }

    // Raised on the renderer's context, as NavLink relies on too.
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => StateHasChanged();

    private MarkupString Entry(string href, string icon, string text, bool prefix, string? testId)
    {
        // Both sides relative to the base URI, as NavLink resolves them ("/regions/..." and "regions/..." alike).
        var target = Navigation.ToBaseRelativePath(Navigation.ToAbsoluteUri(href).AbsoluteUri);
        var active = NavMatch.IsActive(Navigation.ToBaseRelativePath(Navigation.Uri), target, prefix);
        return NavEntryMarkup.Get(href, icon, text, active, testId);
    }
}
