using Microsoft.AspNetCore.DataProtection;

namespace SesConsole.Web.Data;

public static class DataProtectionServiceCollectionExtensions
{
    /// <summary>One application name for every instance: keys are isolated per name, so all must say the same.</summary>
    public const string ApplicationName = "SesConsole";

    /// <summary>
    /// The Data Protection keys in the console database (table <c>DataProtectionKeys</c>), shared by every instance
    /// on that database: sign-in cookies, antiforgery tokens, session tickets and share links made on one instance
    /// are read on any other. Back the table up with the rest of the database; losing it signs everyone out and
    /// breaks every share link.
    /// </summary>
    public static IServiceCollection AddSesConsoleDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<SesConsoleDbContext>();
        return services;
    }
}
