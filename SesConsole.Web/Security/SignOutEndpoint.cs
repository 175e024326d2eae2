using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace SesConsole.Web.Security;

public static class SignOutEndpoint
{
    public const string Path = "/account/sign-out";

    /// <summary>Where the browser lands once our cookie and the Entra session are both gone.</summary>
    public const string SignedOutPath = "/account/signed-out";

    /// <summary>
    /// Sign-out is a POST carrying an antiforgery token, and it ends the Entra session too, not just our cookie.
    /// </summary>
    public static IEndpointRouteBuilder MapSesConsoleSignOut(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async Task<IResult> (HttpContext context, IAntiforgery antiforgery) =>
            {
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return TypedResults.BadRequest("The sign-out request was not sent from SesConsole's own page.");
                }

                return TypedResults.SignOut(
                    new AuthenticationProperties { RedirectUri = SignedOutPath },
                    [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
            })
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser())
            .DisableAntiforgery();
        return endpoints;
    }
}
