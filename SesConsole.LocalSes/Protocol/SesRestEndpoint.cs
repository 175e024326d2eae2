using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SesConsole.LocalSes.Account;
using SesConsole.LocalSes.Knobs;
using SesConsole.LocalSes.Operations.V2;
using SesConsole.LocalSes.Permissions;
using SesConsole.LocalSes.Signing;
using SesConsole.LocalSes.Storage;

namespace SesConsole.LocalSes.Protocol;

/// <summary>
/// Answers one SES API v2 (REST-JSON) request under <c>/v2/</c>: counts it by operation name, applies the knobs,
/// checks its signature as for v1 (<see cref="RequestOpening"/>), answers a denied operation as v2 does
/// (<c>AccessDeniedException</c>, 403), dispatches the route and writes JSON. Every failure leaves as v2's error JSON
/// (<c>x-amzn-ErrorType</c> and <c>{"message"}</c>), never HTML or XML.
/// </summary>
internal sealed class SesRestEndpoint(
    RequestOpening opening,
    SesRateLimiter rateLimiter,
    DeniedActions deniedActions,
    IdentityStore identities,
    IdentityListStore listing,
    PolicyStore policies,
    VerificationCheckStore checks,
    LocalSesAccount account,
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
        var signature = await opening.OpenAsync(http, route?.Operation, rawPath, rawQuery, body, ProtocolFaults.Rest, ct);
        if (signature is null)
        {
            return;
        }

        var (accessKeyId, region, _) = signature;
        if (route is null)
        {
            throw new SesErrorException(SesError.UnknownOperation(http.Request.Method, rawPath));
        }

        deniedActions.Check(accessKeyId, region, route.Operation, route.PathValues.GetValueOrDefault("EmailIdentity"), SesError.AccessDeniedException);
        if (!rateLimiter.Admits(region, route.Operation))
        {
            throw new SesErrorException(SesError.TooManyRequests());
        }

        var context = new RestOperationContext(
            route.PathValues, QueryParameters.Parse(rawQuery), body, region, time.GetUtcNow(), identities, listing, policies, checks, account);
        var answer = await route.Handler(context, ct);
        await SesJson.WriteSuccessAsync(http, answer, requestId, ct);
        logger.LogDebug("{Operation} in {Region} answered", route.Operation, region);
    }
}
