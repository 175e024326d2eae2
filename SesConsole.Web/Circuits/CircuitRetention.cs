using Microsoft.AspNetCore.Components.Server;

namespace SesConsole.Web.Circuits;

/// <summary>
/// How long the circuit of a tab whose connection dropped is kept for it to reconnect. Blazor's defaults (3 minutes,
/// up to 100 circuits) keep a closed tab's whole page in memory for 3 minutes when the browser never said goodbye
/// (a crash, a sleeping laptop, a dropped network). A reconnect after a short network blip still finds its circuit;
/// after a longer one the page reloads and shows the same view, since the URL is the page's state.
/// Set with <c>Circuits:DisconnectedRetention</c> (a TimeSpan) and <c>Circuits:MaxDisconnectedRetained</c>.
/// </summary>
public static class CircuitRetention
{
    public const string SectionName = "Circuits";

    public static readonly TimeSpan DefaultRetention = TimeSpan.FromSeconds(60);

    public const int DefaultMaxRetained = 30;

    public static IServiceCollection AddCircuitRetention(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var retention = section.GetValue("DisconnectedRetention", DefaultRetention);
        var maxRetained = section.GetValue("MaxDisconnectedRetained", DefaultMaxRetained);
        if (retention < TimeSpan.Zero || maxRetained < 0)
        {
            throw new InvalidOperationException(
                $"Configuration values '{SectionName}:DisconnectedRetention' and '{SectionName}:MaxDisconnectedRetained' may not be negative.");
        }

        services.Configure<CircuitOptions>(options =>
        {
            options.DisconnectedCircuitRetentionPeriod = retention;
            options.DisconnectedCircuitMaxRetained = maxRetained;
        });
        return services;
    }
}
