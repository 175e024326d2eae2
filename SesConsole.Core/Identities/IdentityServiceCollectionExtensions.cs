using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SesConsole.Core.Index;

namespace SesConsole.Core.Identities;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IIdentityReads"/>, <see cref="IIdentityChanges"/> and the <see cref="ChangeGate"/> per
    /// scope (they use the scoped <see cref="Operators.ICurrentOperator"/>) over one identity index shared by everyone
    /// and kept by one sync. Needs <see cref="Ses.ISesClientFactory"/>, <see cref="Index.IIdentityIndex"/>,
    /// <see cref="Operators.ICurrentOperator"/> and <see cref="Operators.IAuditTrail"/> registered elsewhere.
    /// </summary>
    public static IServiceCollection AddIdentityService(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddIdentityIndexSync();
        services.TryAddSingleton<IndexWriteThrough>();
        services.TryAddSingleton<RegionDirectory>();
        services.TryAddScoped<ChangeGate>();
        services.TryAddScoped<IIdentityReads, IdentityReads>();
        services.TryAddScoped<IIdentityChanges, IdentityChanges>();
        return services;
    }
}
