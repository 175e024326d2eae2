using Microsoft.Extensions.Configuration;
using SesConsole.Web.Hosting;

namespace SesConsole.Web.Security;

/// <summary>
/// Fails closed: outside Development and Testing, the app refuses to start without a complete <c>AzureAd</c>
/// section (Microsoft.Identity.Web would otherwise start and answer every request with a 500).
/// </summary>
public static class AzureAdSettingsGuard
{
    private static readonly string[] RequiredKeys = ["Instance", "TenantId", "ClientId"];

    public static void EnsureComplete(IConfigurationSection azureAd)
    {
        foreach (var key in RequiredKeys)
        {
            if (string.IsNullOrWhiteSpace(azureAd[key]))
            {
                throw new StartupRefusedException(
                    $"Configuration value '{azureAd.Path}:{key}' is missing or blank; sign-in cannot work without it.");
            }
        }

        if (!HasCredential(azureAd))
        {
            throw new StartupRefusedException(
                $"Configuration value '{azureAd.Path}:ClientSecret' (or '{azureAd.Path}:ClientCredentials' with a certificate) " +
                "is missing or blank; set it through user-secrets or an environment variable, never in a committed file.");
        }
    }

    private static bool HasCredential(IConfigurationSection azureAd)
    {
        if (!string.IsNullOrWhiteSpace(azureAd["ClientSecret"]))
        {
            return true;
        }

        return azureAd.GetSection("ClientCredentials").GetChildren()
            .Concat(azureAd.GetSection("ClientCertificates").GetChildren())
            .Any(credential => !string.IsNullOrWhiteSpace(credential["SourceType"]) &&
                credential.GetChildren().Any(value => value.Key != "SourceType" && !string.IsNullOrWhiteSpace(value.Value)));
    }
}
