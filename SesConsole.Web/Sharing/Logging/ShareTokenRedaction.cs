using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SesConsole.Web.Sharing.Logging;

/// <summary>
/// Keeps share tokens out of every log: each message of every provider (ASP.NET Core's request and routing logs at
/// Information and Debug, HTTP logging, ours) is formatted once and its share-link paths written as
/// <c>/share/dns/[redacted]</c> before any provider sees it. The logger factory wraps the loggers of every registered
/// provider, so one added later (a test's, a deployer's) is covered too, and per-provider filters still apply.
/// </summary>
public static partial class ShareTokenRedaction
{
    public const string Redacted = SharedDnsEndpoints.Prefix + "/[redacted]";

    public static IServiceCollection AddShareTokenRedaction(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new RedactingLoggerFactory(new LoggerFactory(
            sp.GetServices<ILoggerProvider>(),
            sp.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            sp.GetService<IOptions<LoggerFactoryOptions>>(),
            sp.GetService<IExternalScopeProvider>()))));
        return services;
    }

    /// <summary>What stands for a token seen without its path (a route value, a path segment).</summary>
    public const string RedactedToken = "[redacted]";

    /// <summary>
    /// <paramref name="text"/> with the token of every share-link path replaced, and every run shaped like a token
    /// (Data Protection's base64url payload, 80 characters or more) replaced too: routing logs name a segment alone.
    /// </summary>
    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var paths = text.Contains(SharedDnsEndpoints.Prefix, StringComparison.OrdinalIgnoreCase) ? SharePath().Replace(text, Redacted) : text;
        return TokenShaped().Replace(paths, RedactedToken);
    }

    [GeneratedRegex(@"/share/dns/[^/?#\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SharePath();

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])[A-Za-z0-9_\-]{80,}(?![A-Za-z0-9_\-])", RegexOptions.CultureInvariant)]
    private static partial Regex TokenShaped();
}
