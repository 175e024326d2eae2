using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SesConsole.Web.Sharing;

namespace SesConsole.Web.Hosting;

/// <summary>
/// <c>X-Content-Type-Options: nosniff</c> on every answer, the console's CSP on its pages, and the stricter share CSP
/// on share pages and downloads. A share page is buffered (a few kilobytes) so the hash of the theme style it
/// rendered can go into its own header instead of allowing inline styles.
/// </summary>
public sealed partial class SecurityHeadersMiddleware(RequestDelegate next, string appPolicy)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (!context.Request.Path.StartsWithSegments(SharedDnsEndpoints.Prefix, StringComparison.Ordinal))
        {
            context.Response.Headers.ContentSecurityPolicy = appPolicy;
            await next(context);
            return;
        }

        // Provisional (no inline style allowed) in case the answer starts before it is complete.
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicies.ForSharePages([]);
        var body = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (!context.Response.HasStarted && IsHtml(context.Response.ContentType))
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicies.ForSharePages(InlineStyleHashes(buffer.ToArray()));
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    private static bool IsHtml(string? contentType) =>
        contentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;

    private static List<string> InlineStyleHashes(byte[] html) =>
        StyleElement().Matches(Encoding.UTF8.GetString(html))
            .Select(m => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["css"].Value))))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex("<style[^>]*>(?<css>.*?)</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StyleElement();
}
