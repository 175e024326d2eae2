using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SesConsole.Tests.Support.Hosting;

public static class TestServiceCollectionExtensions
{
    /// <summary>Replaces every registration of <typeparamref name="TService"/> with this one instance.</summary>
    public static IServiceCollection ReplaceWithInstance<TService>(this IServiceCollection services, TService instance)
        where TService : class
    {
        services.RemoveAll<TService>();
        services.AddSingleton(instance);
        return services;
    }
}
