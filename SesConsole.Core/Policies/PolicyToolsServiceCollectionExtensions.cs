using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Policies;

public static class PolicyToolsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IIdentityPolicies"/> per scope and <see cref="IPolicyRules"/>. Call after
    /// <see cref="IdentityServiceCollectionExtensions.AddIdentityService"/>: policy changes open through its
    /// <see cref="ChangeGate"/> (same operator, audit trail and regions).</summary>
    public static IServiceCollection AddPolicyTools(this IServiceCollection services)
    {
        services.TryAddScoped<IIdentityPolicies, IdentityPolicies>();
        services.TryAddSingleton<IPolicyRules, ConfiguredPolicyRules>();
        return services;
    }
}
