using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SesConsole.Core.Index;

public static class IndexServiceCollectionExtensions
{
    /// <summary>The index's sync and its options (<c>Index</c> section); the <see cref="IIdentityIndex"/> store is
    /// registered by the host (Web keeps it in the console's database).</summary>
    public static IServiceCollection AddIdentityIndexSync(this IServiceCollection services)
    {
        services.AddOptions<IndexOptions>()
            .BindConfiguration(IndexOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IdentityIndexSync>();
        return services;
    }
}
