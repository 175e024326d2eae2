using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SesConsole.Core.Configuration;
using SesConsole.Core.Ses.Listing;
using SesConsole.Core.Ses.Permissions;

namespace SesConsole.Core.Ses;

public static class SesClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISesClientFactory"/> and <see cref="ISesV2ClientFactory"/> (one client of each per region over
    /// one SDK client, paced per region and operation), the v2-or-v1 <see cref="IIdentityListingReader"/>, and
    /// <see cref="Sns.ISnsClientFactory"/> (SNS ListTopics, same credentials and endpoint override).
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
        services.TryAddSingleton<SesPermissionLedger>();
        services.TryAddSingleton<ISesPermissions>(sp => sp.GetRequiredService<SesPermissionLedger>());
        services.TryAddSingleton<SesClientFactory>();
        services.TryAddSingleton<ISesClientFactory>(provider => provider.GetRequiredService<SesClientFactory>());
        services.TryAddSingleton<ISesV2ClientFactory>(provider => provider.GetRequiredService<SesClientFactory>());
        services.TryAddSingleton<IIdentityListingReader, IdentityListingReader>();
        services.TryAddSingleton<Sns.ISnsClientFactory, Sns.SnsClientFactory>();
        return services;
    }
}
