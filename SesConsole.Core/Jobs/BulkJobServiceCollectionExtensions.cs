using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SesConsole.Core.Jobs;

public static class BulkJobServiceCollectionExtensions
{
    /// <summary>Bulk jobs for the pages (<see cref="IBulkJobs"/>, scoped) and their runner (singleton) with its options
    /// (<c>Jobs</c> section). The host registers the <see cref="IBulkJobStore"/> and runs <see cref="BulkJobRunner.RunAsync"/>.</summary>
    public static IServiceCollection AddBulkJobs(this IServiceCollection services)
    {
        services.AddOptions<BulkJobOptions>()
            .BindConfiguration(BulkJobOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<BulkJobRunner>();
        services.TryAddScoped<IBulkJobs, BulkJobs>();
        return services;
    }
}
