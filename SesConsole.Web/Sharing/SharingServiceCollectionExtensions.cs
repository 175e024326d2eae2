using Microsoft.AspNetCore.DataProtection;
using SesConsole.Core.Identities;
using SesConsole.Web.Data;

namespace SesConsole.Web.Sharing;

public static class SharingServiceCollectionExtensions
{
    /// <summary>Application name of the Data Protection keys: tokens stay readable when the app moves folders.</summary>
    public const string DataProtectionApplicationName = "SesConsole";

    /// <summary>
    /// Share links to a domain's DNS instructions, and Data Protection keys persisted next to the console's data
    /// (<c>Sharing:KeysFolder</c>, by default a <c>keys</c> folder beside the SQLite database) so links survive restarts.
    /// </summary>
    public static IServiceCollection AddSesConsoleSharing(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(KeysFolder(configuration, environment)));
        services.AddSingleton<ShareLinkTokens>();
        services.AddSingleton<IShareLinkResolver, ShareLinkResolver>();
        services.AddScoped<IShareLinkService, ShareLinkService>();
        services.AddSingleton<ShareLinkRetirement>();
        services.AddSingleton<IIdentityDeletionFollowUp>(sp => sp.GetRequiredService<ShareLinkRetirement>());
        services.AddShareRateLimiting(configuration);
        return services;
    }

    public static string KeysFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetSection(ShareLinkOptions.SectionName)[nameof(ShareLinkOptions.KeysFolder)];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        return Path.Combine(DataServiceCollectionExtensions.DataFolder(configuration, environment), "keys");
    }
}
