using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SesConsole.Core.Dns;

public static class DnsCheckServiceCollectionExtensions
{
    /// <summary>Registers the live DNS record checker, configured from the <c>Dns</c> section.</summary>
    public static IServiceCollection AddDnsChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DnsCheckOptions>()
            .Bind(configuration.GetSection(DnsCheckOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DnsCheckOptions>, DnsCheckOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDnsRecordChecker, DnsRecordChecker>();
        return services;
    }
}
