using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using SesConsole.LocalSes.Account;
using SesConsole.LocalSes.Knobs;
using SesConsole.LocalSes.Operations;
using SesConsole.LocalSes.Permissions;
using SesConsole.LocalSes.Signing;
using SesConsole.LocalSes.Sns;
using SesConsole.LocalSes.Storage;

namespace SesConsole.LocalSes.Protocol;

/// <summary>
/// Answers one SES Query-protocol request: counts it, applies the knobs, checks its signature, dispatches the Action
/// and writes SES's XML. Every failure, expected or not, leaves as SES error XML.
/// </summary>
internal sealed class SesEndpoint(
    RequestOpening opening,
    LocalSesKnobs knobs,
    SesRateLimiter rateLimiter,
    DeniedActions deniedActions,
    IdentityStore identities,
    PolicyStore policies,
    LocalSesAccount account,
    string accountId,
    Func<Uri> baseAddress,
    TimeProvider time,
    ILogger logger)
{
    private const int MaxBodyBytes = 1024 * 1024;

    public async Task HandleAsync(HttpContext http)
    {
        var requestId = Guid.NewGuid().ToString();
        try
        {
            await HandleCoreAsync(http, requestId, http.RequestAborted);
        }
        catch (SesErrorException ex)
        {
            await WriteErrorAsync(http, ex.Error, requestId);
        }
    }

    public static async Task WriteErrorAsync(HttpContext http, SesError error, string requestId)
    {
        http.Response.StatusCode = error.StatusCode;
        http.Response.ContentType = "text/xml; charset=utf-8";
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        await http.Response.WriteAsync(SesXml.Error(error, requestId), Encoding.UTF8, http.RequestAborted);
    }

    private async Task HandleCoreAsync(HttpContext http, string requestId, CancellationToken ct)
    {
        var body = await ReadBodyAsync(http.Request, SesError.InvalidParameterValue, ct);
        var (rawPath, rawQuery) = RawTarget(http);
        var isForm = HttpMethods.IsPost(http.Request.Method);
        var parameters = QueryParameters.Parse(rawQuery, isForm ? Encoding.UTF8.GetString(body) : string.Empty);
        var action = parameters.Optional("Action");
        var signature = await opening.OpenAsync(http, action, rawPath, rawQuery, body, ProtocolFaults.Query, ct);
        if (signature is null)
        {
            return;
        }

        var (accessKeyId, region, service) = signature;
        if (service == SnsEndpoint.SigningName)
        {
            await SnsEndpoint.HandleAsync(http, parameters, region, account.Topics, requestId, ct);
            return;
        }

        if (string.IsNullOrEmpty(action))
        {
            throw new SesErrorException(SesError.MissingAction());
        }

        var version = parameters.Optional("Version");
        if (!OperationTable.Handlers.TryGetValue(action, out var handler) || (version is not null && version != SesXml.Version))
        {
            throw new SesErrorException(SesError.InvalidAction(action, version ?? SesXml.Version));
        }

        var identity = parameters.Optional("Identity") ?? parameters.Optional("Domain") ?? parameters.Optional("EmailAddress");
        deniedActions.Check(accessKeyId, region, action, identity, SesError.AccessDenied);
        if (knobs.EnforceSesRateLimit && !rateLimiter.TryAcquire(region, action))
        {
            throw new SesErrorException(SesError.Throttling());
        }

        var context = new OperationContext(parameters, region, time.GetUtcNow(), identities, policies, accountId, baseAddress(), account);
        var result = await handler(context, ct);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/xml; charset=utf-8";
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        await http.Response.WriteAsync(SesXml.Success(action, result, requestId), Encoding.UTF8, ct);
        logger.LogDebug("{Action} in {Region} answered", action, region);
    }

    /// <summary>The whole body; one larger than 1 MB is refused with <paramref name="tooLarge"/>'s error.</summary>
    internal static async Task<byte[]> ReadBodyAsync(HttpRequest request, Func<string, SesError> tooLarge, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw new SesErrorException(tooLarge("The request body is larger than 1 MB."));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    internal static (string Path, string Query) RawTarget(HttpContext http)
    {
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (http.Request.Path + http.Request.QueryString).ToString();
        var question = target.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (target, string.Empty) : (target[..question], target[(question + 1)..]);
    }

    internal static async Task WriteHtmlUnavailableAsync(HttpContext http, CancellationToken ct)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            "<html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>503 Service Temporarily Unavailable</h1></body></html>",
            Encoding.UTF8,
            ct);
    }
}
