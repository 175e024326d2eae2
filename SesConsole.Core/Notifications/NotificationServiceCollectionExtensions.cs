using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SesConsole.Core.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IIdentityNotifications"/> (scoped, over the <see cref="Identities.ChangeGate"/>)
    /// and the shared SNS topic list. Needs the identity service and the SES/SNS clients registered.</summary>
    public static IServiceCollection AddIdentityNotifications(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TopicDirectory>();
        services.TryAddScoped<IIdentityNotifications, IdentityNotifications>();
        return services;
    }
}
