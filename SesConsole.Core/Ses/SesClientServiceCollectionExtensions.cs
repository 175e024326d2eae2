using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SesConsole.Core.Configuration;

namespace SesConsole.Core.Ses;

public static class SesClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISesClientFactory"/> (one client per region, paced per region and operation).
    /// Expects <see cref="SesOptions"/> to be bound already; binds <see cref="SesClientOptions"/> from the same
    /// <c>Ses</c> section (keys <c>MaxErrorRetry</c>, <c>RequestTimeout</c>, <c>TotalTimeout</c>). Needs logging and IConfiguration from the host.
    /// </summary>
    public static IServiceCollection AddSesClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SesClientOptions>()
            .BindConfiguration(SesOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISesClientFactory, SesClientFactory>();
        return services;
    }
}
