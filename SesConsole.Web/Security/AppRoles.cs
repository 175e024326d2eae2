using Microsoft.AspNetCore.Components.Authorization;

namespace SesConsole.Web.Security;

/// <summary>The Entra app roles SesConsole knows; a person needs one of them to see anything.</summary>
public static class AppRoles
{
    public const string Admin = "SesConsole.Admin";
    public const string Viewer = "SesConsole.Viewer";

    /// <summary>The policy name of the fallback policy: signed in and holding Admin or Viewer.</summary>
    public const string OperatorPolicy = "SesConsoleOperator";

    /// <summary>
    /// Whether the circuit's user holds Admin, read once by a component instead of an <c>AuthorizeView</c> per
    /// button (each one a component for as long as the page is open). Only for what the page shows: the services
    /// re-check every change, and a user signed out while the page is open loses the whole page
    /// (<c>AuthorizeRouteView</c>).
    /// </summary>
    public static async Task<bool> IsAdminAsync(Task<AuthenticationState>? authenticationState) =>
        authenticationState is not null && (await authenticationState).User.IsInRole(Admin);

    /// <summary>
    /// The same, asked of the provider once: a component that takes the cascading state instead subscribes to it for
    /// as long as it lives, and the renderer keeps a copy of its parameters for that (a 32-frame buffer per component
    /// and circuit). For components that read the role once and never again.
    /// </summary>
    public static Task<bool> IsAdminAsync(AuthenticationStateProvider? provider) =>
        IsAdminAsync(provider?.GetAuthenticationStateAsync());
}
