using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Policies;

public static class PolicyToolsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IPolicyDrafts"/> per scope. Call after
    /// <see cref="IdentityServiceCollectionExtensions.AddIdentityService"/>: it uses the same identity service
    /// (same operator, audit trail and shared catalog) to create policies.</summary>
    public static IServiceCollection AddPolicyTools(this IServiceCollection services)
    {
        services.TryAddScoped<IdentityService>();
        services.TryAddScoped<IPolicyDrafts, PolicyDrafts>();
        return services;
    }
}
