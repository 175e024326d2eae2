using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.SignalR;
using SesConsole.Web.Security;

namespace SesConsole.Web.Hosting;

public static class HardeningServiceCollectionExtensions
{
    /// <summary>
    /// Largest message a browser may send over the hub. Every input is capped far below it (a 4 KB policy as JSON
    /// stays under 25 KB), so only a tampered client reaches it; 64 KB leaves room for MudBlazor's own interop.
    /// </summary>
    public const long MaximumHubMessageBytes = 64 * 1024;

    /// <summary>
    /// Headers, cookies and proxies: forwarded headers only from the configured proxies, Secure cookies (always, outside
    /// the local environments), the hub's message limit, and HSTS.
    /// </summary>
    public static IServiceCollection AddSesConsoleHardening(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var proxy = configuration.GetSection(ProxyOptions.SectionName).Get<ProxyOptions>() ?? new ProxyOptions();
        services.Configure<ForwardedHeadersOptions>(options => ConfigureForwarding(options, proxy));

        var cookiePolicy = LocalSignInRelaxations.IsLocalEnvironment(environment)
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
        services.Configure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = cookiePolicy);
        services.Configure<CookieAuthenticationOptions>(
            CookieAuthenticationDefaults.AuthenticationScheme, options => options.Cookie.SecurePolicy = cookiePolicy);

        services.Configure<HubOptions>(options => options.MaximumReceiveMessageSize = MaximumHubMessageBytes);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
        });
        return services;
    }

    /// <summary>The first middleware of the console: client address and scheme from a known proxy, then headers.</summary>
    public static WebApplication UseSesConsoleHardening(this WebApplication app)
    {
        app.UseForwardedHeaders();
        var signIn = app.Configuration[$"{SignInServiceCollectionExtensions.AzureAdSection}:Instance"];
        var signInOrigin = Uri.TryCreate(signIn, UriKind.Absolute, out var instance) ? instance.GetLeftPart(UriPartial.Authority) : null;
        app.UseMiddleware<SecurityHeadersMiddleware>(ContentSecurityPolicies.ForApp(signInOrigin));
        if (!LocalSignInRelaxations.IsLocalEnvironment(app.Environment))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<HubOriginCheck>();
        return app;
    }

    private static void ConfigureForwarding(ForwardedHeadersOptions options, ProxyOptions proxy)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = proxy.ForwardLimit;
        foreach (var address in proxy.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(address, out var ip)
                ? ip
                : throw new StartupRefusedException(
                    $"Configuration value '{ProxyOptions.SectionName}:{nameof(ProxyOptions.KnownProxies)}' holds '{address}', which is not an IP address."));
        }

        foreach (var network in proxy.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new StartupRefusedException(
                    $"Configuration value '{ProxyOptions.SectionName}:{nameof(ProxyOptions.KnownNetworks)}' holds '{network}', which is not a network such as 10.0.0.0/24."));
        }
    }
}
