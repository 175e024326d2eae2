using SesConsole.Web.Sharing.Logging;
using SesConsole.Core.Identities;

namespace SesConsole.Web.Sharing;

public static class SharingServiceCollectionExtensions
{
    /// <summary>
    /// Share links to a domain's DNS instructions. Their tokens are protected with the Data Protection keys kept in
    /// the console database (<see cref="Data.DataProtectionServiceCollectionExtensions"/>), so a link made on one
    /// instance opens on every other and survives restarts.
    /// </summary>
    public static IServiceCollection AddSesConsoleSharing(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ShareLinkTokens>();
        services.AddSingleton<IShareLinkResolver, ShareLinkResolver>();
        services.AddScoped<IShareLinkService, ShareLinkService>();
        services.AddSingleton<ShareLinkRetirement>();
        services.AddSingleton<IIdentityDeletionFollowUp>(sp => sp.GetRequiredService<ShareLinkRetirement>());
        services.AddShareRateLimiting(configuration);
        services.AddShareTokenRedaction();
        return services;
    }
}
