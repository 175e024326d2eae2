using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SesConsole.Core.Account;

public static class AccountStatusServiceCollectionExtensions
{
    /// <summary>Registers the shared <see cref="IAccountStatusService"/> (section <c>Ses:AccountStatus</c>).</summary>
    public static IServiceCollection AddAccountStatus(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AccountStatusOptions>().BindConfiguration(AccountStatusOptions.SectionName);
        services.TryAddSingleton<IAccountStatusService, AccountStatusService>();
        return services;
    }
}
