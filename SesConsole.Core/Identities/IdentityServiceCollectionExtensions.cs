using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SesConsole.Core.Identities;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IIdentityReads"/>, <see cref="IIdentityChanges"/> and the <see cref="ChangeGate"/> per
    /// scope (they use the scoped <see cref="Operators.ICurrentOperator"/>) over one <see cref="IdentityCatalog"/> shared
    /// by everyone, so all operators share one cache and one SES budget. Needs <see cref="Ses.ISesClientFactory"/>,
    /// <see cref="Operators.ICurrentOperator"/> and <see cref="Operators.IAuditTrail"/> registered elsewhere.
    /// </summary>
    public static IServiceCollection AddIdentityService(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IdentityCatalogOptions>();
        services.TryAddSingleton<IdentityCatalog>();
        services.TryAddSingleton<RegionDirectory>();
        services.TryAddScoped<ChangeGate>();
        services.TryAddScoped<IIdentityReads, IdentityReads>();
        services.TryAddScoped<IIdentityChanges, IdentityChanges>();
        return services;
    }
}
