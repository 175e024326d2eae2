using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace SesConsole.Web.Security;

/// <summary>
/// Where sign-in sends the browser afterwards is always a path of this app: anything that could leave it
/// (<c>//x</c>, <c>/\x</c>, <c>https://x</c>, their percent-encoded forms, control characters) becomes <c>/</c>.
/// </summary>
public static class LocalReturnPaths
{
    public const string Fallback = "/";

    /// <summary><paramref name="returnPath"/> if it is a local path, else <see cref="Fallback"/>.</summary>
    public static string Sanitize(string? returnPath)
    {
        if (string.IsNullOrEmpty(returnPath))
        {
            return Fallback;
        }

        // Check the value as sent and every decoding of it: a browser or proxy may decode once more than we do.
        var current = returnPath;
        for (var round = 0; round < 4; round++)
        {
            if (!LooksLocal(current))
            {
                return Fallback;
            }

            var decoded = Uri.UnescapeDataString(current);
            if (decoded == current)
            {
                return returnPath;
            }

            current = decoded;
        }

        return Fallback;
    }

    private static bool LooksLocal(string path) =>
        path.Length > 0
        && path[0] == '/'
        && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Any(c => char.IsControl(c) || c == '\\');

    /// <summary>Applies <see cref="Sanitize"/> both when sign-in starts and when its ticket comes back.</summary>
    public static void Apply(IServiceCollection services) =>
        services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            var redirecting = options.Events.OnRedirectToIdentityProvider;
            options.Events.OnRedirectToIdentityProvider = async context =>
            {
                context.Properties.RedirectUri = Sanitize(context.Properties.RedirectUri);
                await redirecting(context);
            };
            var received = options.Events.OnTicketReceived;
            options.Events.OnTicketReceived = async context =>
            {
                context.ReturnUri = Sanitize(context.ReturnUri);
                await received(context);
            };
        });
}
