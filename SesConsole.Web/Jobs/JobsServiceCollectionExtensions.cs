using SesConsole.Core.Jobs;

namespace SesConsole.Web.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Bulk jobs kept in the console's database and run by a background service. Call after
    /// <c>AddSesConsoleData</c>, so the database is migrated before the runner starts.</summary>
    public static IServiceCollection AddSesConsoleJobs(this IServiceCollection services)
    {
        services.AddSingleton<IBulkJobStore, EfBulkJobStore>();
        services.AddBulkJobs();
        services.AddHostedService<BulkJobRunnerService>();
        return services;
    }
}
