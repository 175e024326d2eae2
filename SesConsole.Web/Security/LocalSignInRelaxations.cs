using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SesConsole.Web.Hosting;

namespace SesConsole.Web.Security;

/// <summary>
/// The only two relaxations a local http OpenID Connect provider needs (see ENTRA-OFFLINE facts):
/// http metadata, and issuers of the form <c>{Instance}{tenantid}/v2.0</c> that Entra's issuer validator would
/// otherwise try to confirm over HTTPS. Only Development and Testing can reach this.
/// </summary>
public static class LocalSignInRelaxations
{
    public const string TestingEnvironment = "Testing";

    public static void ApplyIfLocal(IServiceCollection services, IConfigurationSection azureAd, IHostEnvironment environment)
    {
        var instance = azureAd["Instance"] ?? string.Empty;
        if (!Uri.TryCreate(instance, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttp)
        {
            return;
        }

        if (!IsLocalEnvironment(environment))
        {
            throw new StartupRefusedException(
                $"'{azureAd.Path}:Instance' is an http address ({instance}); a local sign-in provider may only be used in Development or Testing.");
        }

        if (!authority.IsLoopback)
        {
            throw new StartupRefusedException(
                $"'{azureAd.Path}:Instance' is an http address that is not on this machine ({instance}); only a loopback provider may use http.");
        }

        services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            options.RequireHttpsMetadata = false;
            options.TokenValidationParameters.ValidIssuers = [$"{instance.TrimEnd('/')}/{{tenantid}}/v2.0"];
        });
    }

    public static bool IsLocalEnvironment(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment);
}
