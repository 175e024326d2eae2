using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SesConsole.LocalSes.Knobs;
using SesConsole.LocalSes.Operations.V2;
using SesConsole.LocalSes.Signing;
using SesConsole.LocalSes.Storage;

namespace SesConsole.LocalSes.Protocol;

/// <summary>
/// Answers one SES API v2 (REST-JSON) request under <c>/v2/</c>: counts it by operation name, applies the knobs,
/// checks its signature as for v1, dispatches the route and writes JSON. Every failure leaves as v2's error JSON
/// (<c>x-amzn-ErrorType</c> and <c>{"message"}</c>), never HTML or XML.
/// </summary>
internal sealed class SesRestEndpoint(
    SigV4Verifier verifier,
    LocalSesKnobs knobs,
    SesRateLimiter rateLimiter,
    RequestCounter counter,
    IdentityStore identities,
    IdentityListStore listing,
    PolicyStore policies,
    TimeProvider time,
    ILogger logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var requestId = Guid.NewGuid().ToString();
        try
        {
            await HandleCoreAsync(http, requestId, http.RequestAborted);
        }
        catch (SesErrorException ex)
        {
            await SesJson.WriteErrorAsync(http, ex.Error, requestId);
        }
    }

    private async Task HandleCoreAsync(HttpContext http, string requestId, CancellationToken ct)
    {
        var body = await SesEndpoint.ReadBodyAsync(http.Request, SesError.BadRequest, ct);
        var (rawPath, rawQuery) = SesEndpoint.RawTarget(http);
        var route = RestRoutes.Match(http.Request.Method, rawPath);
        counter.Add(route?.Operation);

        if (knobs.AddedLatency > TimeSpan.Zero)
        {
            await Task.Delay(knobs.AddedLatency, ct);
        }

        switch (knobs.TakeFault())
        {
            case LocalSesFault.Throttling:
                throw new SesErrorException(SesError.TooManyRequests());
            case LocalSesFault.InternalFailure:
                throw new SesErrorException(SesError.InternalServiceError());
            case LocalSesFault.ServiceUnavailableHtml:
                await SesEndpoint.WriteHtmlUnavailableAsync(http, ct);
                return;
            case LocalSesFault.UnhandledException:
                throw new InvalidOperationException("Injected unhandled exception (LocalSes fault knob).");
        }

        var headers = http.Request.Headers
            .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v ?? string.Empty)))
            .ToList();
        var signature = verifier.Verify(new SigV4Request(http.Request.Method, rawPath, rawQuery, headers, body));
        if (signature is SigV4Result.Rejected rejected)
        {
            throw new SesErrorException(rejected.Error);
        }

        var region = ((SigV4Result.Verified)signature).Region;
        if (route is null)
        {
            throw new SesErrorException(SesError.UnknownOperation(http.Request.Method, rawPath));
        }

        if (!rateLimiter.Admits(region, route.Operation))
        {
            throw new SesErrorException(SesError.TooManyRequests());
        }

        var context = new RestOperationContext(
            route.PathValues, QueryParameters.Parse(rawQuery), body, region, time.GetUtcNow(), identities, listing, policies);
        var answer = await route.Handler(context, ct);
        await SesJson.WriteSuccessAsync(http, answer, requestId, ct);
        logger.LogDebug("{Operation} in {Region} answered", route.Operation, region);
    }
}
