using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Pages.DnsShare;

namespace SesConsole.Web.Sharing;

/// <summary>
/// The anonymous side of share links: the page and its two downloads. Static rendering only (an interactive page
/// would need the sign-in-protected <c>_blazor</c> hub), and every answer is about the link's one domain.
/// </summary>
public static class SharedDnsEndpoints
{
    public const string Prefix = "/share/dns";

    public static string PagePath(string token) => $"{Prefix}/{Uri.EscapeDataString(token)}";

    public static IEndpointRouteBuilder MapSesConsoleSharing(this IEndpointRouteBuilder endpoints)
    {
        var link = endpoints.MapGroup(Prefix + "/{token}")
            .AllowAnonymous()
            .RequireRateLimiting(ShareRateLimiting.PolicyName)
            .AddEndpointFilter(async (context, next) =>
            {
                var headers = context.HttpContext.Response.Headers;
                headers.CacheControl = "no-store";
                headers["Referrer-Policy"] = "no-referrer";
                headers["X-Robots-Tag"] = "noindex, nofollow";
                return await next(context);
            });
        link.MapGet("", ShowAsync);
        link.MapGet("records.csv", (string token, HttpContext http, CancellationToken ct) =>
            DownloadAsync(token, http, d => DnsRecordExport.CsvFileName(d.Name), "text/csv", d => DnsRecordExport.ToCsv(d.Records), ct));
        link.MapGet("zone.txt", (string token, HttpContext http, CancellationToken ct) =>
            DownloadAsync(token, http, d => $"{d.Name}-zone.txt", "text/plain", d => DnsRecordExport.ToZoneFile(d.Records), ct));
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(
        string token, string? check, HttpContext http, IDnsRecordChecker checker, CancellationToken ct)
    {
        var (details, refusal) = await LoadAsync(token, http, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        DnsCheckReport? report = null;
        string? checkError = null;
        if (!string.IsNullOrEmpty(check))
        {
            try
            {
                report = await checker.CheckAsync(details!.Name, details.Records, ct);
            }
            catch (ArgumentException)
            {
                checkError = "The records could not be checked.";
            }
        }

        return new RazorComponentResult<SharedDnsPage>(new Dictionary<string, object?>
        {
            [nameof(SharedDnsPage.PagePath)] = PagePath(token),
            [nameof(SharedDnsPage.Domain)] = details!.Name,
            [nameof(SharedDnsPage.Records)] = details.Records,
            [nameof(SharedDnsPage.ExpiresAt)] = http.Items[ExpiresAtKey],
            [nameof(SharedDnsPage.Report)] = report,
            [nameof(SharedDnsPage.CheckError)] = checkError,
        });
    }

    private static async Task<IResult> DownloadAsync(
        string token, HttpContext http, Func<IdentityDetails, string> fileName, string contentType,
        Func<IdentityDetails, string> content, CancellationToken ct)
    {
        var (details, refusal) = await LoadAsync(token, http, ct);
        return refusal ?? TypedResults.File(Encoding.UTF8.GetBytes(content(details!)), $"{contentType}; charset=utf-8", fileName(details!));
    }

    private const string ExpiresAtKey = "SesConsole.ShareLinkExpiresAt";

    /// <summary>The link's domain as SES has it now, or the page to answer with instead.</summary>
    private static async Task<(IdentityDetails? Details, IResult? Refusal)> LoadAsync(string token, HttpContext http, CancellationToken ct)
    {
        var services = http.RequestServices;
        var shared = await services.GetRequiredService<IShareLinkResolver>().ResolveAsync(token, ct);
        if (shared is null)
        {
            return (null, Invalid());
        }

        // Reading needs no operator; the region and domain come from the stored link, never from the request.
        var outcome = await services.GetRequiredService<IIdentityReads>().GetDetailsAsync(shared.Region, shared.Domain, ct);
        if (!outcome.Succeeded && outcome.Failure.Kind == FailureKind.NotFound)
        {
            // Deleted outside the console: the link ends now, so verifying the domain again cannot revive it.
            await services.GetRequiredService<ShareLinkRetirement>().RevokeAllAsync(
                shared.Region, shared.Domain, null, "the domain is no longer at SES", CancellationToken.None);
            return (null, Invalid());
        }

        if (!outcome.Succeeded)
        {
            return (null, new RazorComponentResult<ShareUnavailablePage> { StatusCode = StatusCodes.Status503ServiceUnavailable });
        }

        if (outcome.Value.Kind != IdentityKind.Domain || outcome.Value.Records.Count == 0)
        {
            return (null, Invalid());
        }

        http.Items[ExpiresAtKey] = shared.ExpiresAt;
        return (outcome.Value, null);
    }

    private static RazorComponentResult<InvalidShareLinkPage> Invalid() =>
        new() { StatusCode = StatusCodes.Status404NotFound };
}
