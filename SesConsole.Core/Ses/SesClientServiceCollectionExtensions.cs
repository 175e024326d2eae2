using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SesConsole.Core.Configuration;

namespace SesConsole.Core.Ses;

public static class SesClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISesClientFactory"/> (one client per region, paced per region and operation) and
    /// <see cref="Sns.ISnsClientFactory"/> (SNS ListTopics, same credentials and endpoint override).
    /// Expects <see cref="SesOptions"/> to be bound already; binds <see cref="SesClientOptions"/> from the same
    /// <c>Ses</c> section (keys <c>MaxErrorRetry</c>, <c>RequestTimeout</c>). Needs logging and IConfiguration from the host.
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
        services.TryAddSingleton<Sns.ISnsClientFactory, Sns.SnsClientFactory>();
        return services;
    }
}
