using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;
using SesConsole.Core.Operators;
using SesConsole.Web.Security.Sessions;

namespace SesConsole.Web.Security;

public static class SignInServiceCollectionExtensions
{
    public const string AzureAdSection = "AzureAd";

    /// <summary>
    /// Entra ID sign-in through Microsoft.Identity.Web (authorization code + PKCE), the Admin/Viewer role policy as
    /// the fallback for every endpoint, and the current operator for the identity service.
    /// </summary>
    public static IServiceCollection AddSesConsoleSignIn(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var azureAd = configuration.GetSection(AzureAdSection);
        AzureAdSettingsGuard.EnsureComplete(azureAd);

        services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(azureAd);

        services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            options.ResponseType = "code";
            options.UsePkce = true;
            options.SaveTokens = false;
        });
        services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.AccessDeniedPath = "/access-denied";
        });
        services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme).ValidateOnStart();
        LocalSignInRelaxations.ApplyIfLocal(services, azureAd, environment);
        LocalReturnPaths.Apply(services);
        services.AddSesConsoleSessions(configuration);

        services.AddAuthorizationBuilder()
            .AddPolicy(AppRoles.OperatorPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(AppRoles.Admin, AppRoles.Viewer))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireRole(AppRoles.Admin, AppRoles.Viewer)
                .Build());

        services.AddCascadingAuthenticationState();
        services.AddScoped<ICurrentOperator, ClaimsCurrentOperator>();
        return services;
    }
}
