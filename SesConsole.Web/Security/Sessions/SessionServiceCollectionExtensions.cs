using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using SesConsole.Core.Operators;
using SesConsole.Web.Hosting;

namespace SesConsole.Web.Security.Sessions;

public static class SessionServiceCollectionExtensions
{
    /// <summary>
    /// Server-side sessions: the auth cookie's ticket lives in the console database (<see cref="EfTicketStore"/>), it
    /// ends at an absolute lifetime, and live circuits revalidate it (<see cref="SessionRevalidatingStateProvider"/>).
    /// </summary>
    public static IServiceCollection AddSesConsoleSessions(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SessionOptions.SectionName).Get<SessionOptions>() ?? new SessionOptions();
        if (options.AbsoluteLifetime <= TimeSpan.Zero || options.AbsoluteLifetime > TimeSpan.FromDays(30))
        {
            throw new StartupRefusedException(
                $"Configuration value '{SessionOptions.SectionName}:{nameof(SessionOptions.AbsoluteLifetime)}' must be more than zero and at most 30 days, not {options.AbsoluteLifetime}.");
        }

        if (options.RevalidationInterval < TimeSpan.FromSeconds(1) || options.RevalidationInterval > TimeSpan.FromMinutes(15))
        {
            throw new StartupRefusedException(
                $"Configuration value '{SessionOptions.SectionName}:{nameof(SessionOptions.RevalidationInterval)}' must be between 1 second and 15 minutes, not {options.RevalidationInterval}.");
        }

        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.SectionName);
        services.AddSingleton<EfTicketStore>();
        services.AddSingleton<ISessionRegistry>(sp => sp.GetRequiredService<EfTicketStore>());
        services.AddSingleton<IOperatorPresence>(sp => sp.GetRequiredService<EfTicketStore>());
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<EfTicketStore>((cookie, store) =>
            {
                cookie.SessionStore = store;
                cookie.ExpireTimeSpan = options.AbsoluteLifetime;
                cookie.SlidingExpiration = false;
            });
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingStateProvider>();
        services.AddScoped<SessionAdministration>();
        return services;
    }
}
