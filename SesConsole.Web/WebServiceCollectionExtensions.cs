using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor;
using MudBlazor.Services;
using SesConsole.Web.Circuits;
using SesConsole.Web.Components;
using SesConsole.Web.Data;
using SesConsole.Web.Hosting;
using SesConsole.Web.Interop;
using SesConsole.Web.Security;
using SesConsole.Web.State;

namespace SesConsole.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>Registers the Blazor Server components, MudBlazor and the per-circuit state of the console's pages.</summary>
    public static IServiceCollection AddSesConsoleWeb(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSesConsoleHardening(configuration, environment);

        services.AddRazorComponents()
            .AddInteractiveServerComponents();
        services.AddCircuitRetention(configuration);

        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 6000;
            options.SnackbarConfiguration.PreventDuplicates = false;
        });

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<RegionState>();
        services.AddScoped<StartedVerifications>();
        services.AddScoped<IClipboard, BrowserClipboard>();
        services.AddScoped<IFileDownloader, BrowserFileDownloader>();
        return services;
    }

    /// <summary>The request pipeline of the console: error pages, static assets and the interactive components.</summary>
    public static WebApplication UseSesConsoleWeb(this WebApplication app)
    {
        app.UseSesConsoleHardening();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapGet("/healthz", () => TypedResults.Text("ok")).AllowAnonymous();
        app.MapSesConsoleReadiness();
        app.MapSesConsoleSignOut();
        app.MapRazorComponents<App>()
            // Our own policy (SecurityHeadersMiddleware) already says frame-ancestors 'none'; Blazor's default
            // "frame-ancestors 'self'" header would replace it.
            .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
