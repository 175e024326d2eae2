using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SesConsole.Web.Sharing;

/// <summary>
/// Share pages need no sign-in, yet every view asks SES (whose budget the operators share) and every check asks
/// DNS: so each client address gets <see cref="ShareLinkOptions.RequestsPerMinutePerClient"/> requests a minute.
/// </summary>
public static class ShareRateLimiting
{
    public const string PolicyName = "share-links";

    public static IServiceCollection AddShareRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetSection(ShareLinkOptions.SectionName)
            .GetValue(nameof(ShareLinkOptions.RequestsPerMinutePerClient), new ShareLinkOptions().RequestsPerMinutePerClient);
        if (permits < 1)
        {
            throw new InvalidOperationException(
                $"Configuration value '{ShareLinkOptions.SectionName}:{nameof(ShareLinkOptions.RequestsPerMinutePerClient)}' must be at least 1.");
        }

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.Response.WriteAsync(
                    "Too many requests for this page; wait a minute, then reload it.", cancellationToken);
            };
            options.AddPolicy(PolicyName, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
