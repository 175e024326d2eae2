using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Account;
using SesConsole.Core.Configuration;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Core.Notifications;
using SesConsole.Core.Policies;
using SesConsole.Core.Sending;
using SesConsole.Core.Ses;

namespace SesConsole.Core.DependencyInjection;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the SES client and the identity service, configured from the <c>Ses</c> section.</summary>
    public static IServiceCollection AddSesConsoleCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SesOptions>()
            .Bind(configuration.GetSection(SesOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSesClient();
        services.AddIdentityService();
        services.AddPolicyTools();
        services.AddAccountStatus();
        services.AddIdentityNotifications();
        services.AddTestEmail();
        services.AddDnsChecks(configuration);
        return services;
    }
}
