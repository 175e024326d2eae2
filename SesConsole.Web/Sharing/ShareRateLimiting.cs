using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SesConsole.Web.Hosting;

namespace SesConsole.Web.Sharing;

/// <summary>
/// Share pages need no sign-in, yet every view asks SES (whose budget the operators share) and every check asks
/// DNS: so each client address gets <see cref="ShareLinkOptions.RequestsPerMinutePerClient"/> requests a minute, and all
/// clients together <see cref="ShareLinkOptions.RequestsPerMinuteInTotal"/>. The client address is the one the known
/// proxy forwarded (see <c>Proxy</c> settings), with IPv4-mapped IPv6 folded to IPv4 and every loopback address one client.
/// </summary>
public static class ShareRateLimiting
{
    public const string PolicyName = "share-links";

    public static IServiceCollection AddShareRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = Permits(configuration, nameof(ShareLinkOptions.RequestsPerMinutePerClient), new ShareLinkOptions().RequestsPerMinutePerClient);
        var total = Permits(configuration, nameof(ShareLinkOptions.RequestsPerMinuteInTotal), new ShareLinkOptions().RequestsPerMinuteInTotal);

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                // A content type marks the answer as complete, so no status-code page is added after it.
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    "Too many requests for this page; wait a minute, then reload it.", cancellationToken);
            };
            options.AddPolicy(PolicyName, http => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(http.Connection.RemoteIpAddress), _ => PerMinute(permits)));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.Request.Path.StartsWithSegments(SharedDnsEndpoints.Prefix, StringComparison.Ordinal)
                    ? RateLimitPartition.GetFixedWindowLimiter("all-share-clients", _ => PerMinute(total))
                    : RateLimitPartition.GetNoLimiter("console"));
        });
        return services;
    }

    /// <summary>One bucket per client: IPv4-mapped IPv6 is the IPv4 address, and this machine is one client.</summary>
    public static string ClientKey(IPAddress? address) => address switch
    {
        null => "unknown",
        _ when IPAddress.IsLoopback(address) => "loopback",
        { IsIPv4MappedToIPv6: true } => address.MapToIPv4().ToString(),
        _ => address.ToString(),
    };

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    private static int Permits(IConfiguration configuration, string key, int fallback)
    {
        var permits = configuration.GetSection(ShareLinkOptions.SectionName).GetValue(key, fallback);
        return permits >= 1
            ? permits
            : throw new StartupRefusedException($"Configuration value '{ShareLinkOptions.SectionName}:{key}' must be at least 1.");
    }
}
