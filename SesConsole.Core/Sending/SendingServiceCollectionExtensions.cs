using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SesConsole.Core.Sending;

public static class SendingServiceCollectionExtensions
{
    /// <summary>Registers the scoped <see cref="ITestEmailSender"/> (over the identity service's change gate).</summary>
    public static IServiceCollection AddTestEmail(this IServiceCollection services)
    {
        services.TryAddScoped<ITestEmailSender, TestEmailSender>();
        return services;
    }
}
