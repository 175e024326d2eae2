using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using SesConsole.Web.Components.Shared;
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

    private RenderFragment Entry(string href, string icon, string text, bool prefix, string? testId) => builder =>
    {
        // Both sides relative to the base URI, as NavLink resolves them ("/regions/..." and "regions/..." alike).
        var target = Navigation.ToBaseRelativePath(Navigation.ToAbsoluteUri(href).AbsoluteUri);
        var active = NavMatch.IsActive(Navigation.ToBaseRelativePath(Navigation.Uri), target, prefix);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-nav-item");
        builder.OpenElement(2, "a");
        builder.AddAttribute(3, "href", href);
        builder.AddAttribute(4, "class", active ? "mud-nav-link mud-ripple active" : "mud-nav-link mud-ripple");
        builder.AddAttribute(5, "aria-current", active ? "page" : null);
        builder.AddAttribute(6, "data-testid", testId);
        builder.AddContent(7, Icon(icon));
        builder.AddMarkupContent(8, $"<div class=\"mud-nav-link-text\">{text}</div>");
        builder.CloseElement();
        builder.CloseElement();
    };

    private static MarkupString Icon(string icon) =>
        PlainMarkup.Icon(icon, "mud-icon-default mud-nav-link-icon mud-nav-link-icon-default", Size.Medium);
}
