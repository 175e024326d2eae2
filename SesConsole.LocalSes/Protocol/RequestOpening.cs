using Microsoft.AspNetCore.Http;
using SesConsole.LocalSes.Knobs;
using SesConsole.LocalSes.Signing;

namespace SesConsole.LocalSes.Protocol;

/// <summary>The errors one protocol answers the knobs' injected faults with (v1: XML codes, v2: JSON exceptions).</summary>
internal sealed record ProtocolFaults(Func<SesError> Throttling, Func<SesError> InternalFailure)
{
    public static ProtocolFaults Query { get; } = new(SesError.Throttling, SesError.InternalFailure);

    public static ProtocolFaults Rest { get; } = new(SesError.TooManyRequests, SesError.InternalServiceError);
}

/// <summary>
/// The opening every SES request shares, v1 Query or v2 REST: count it under its operation, apply the knobs
/// (latency, one injected fault) and check its SigV4 signature. Stated once for both endpoints.
/// </summary>
internal sealed class RequestOpening(SigV4Verifier verifier, LocalSesKnobs knobs, RequestCounter counter)
{
    /// <summary>
    /// The verified signature, or null when a knob already wrote the answer (the HTML 503 page). Throws
    /// <see cref="SesErrorException"/> with the protocol's error for an injected fault or a refused signature.
    /// </summary>
    public async Task<SigV4Result.Verified?> OpenAsync(
        HttpContext http, string? operation, string rawPath, string rawQuery, byte[] body, ProtocolFaults faults, CancellationToken ct)
    {
        counter.Add(operation);
        if (knobs.AddedLatency > TimeSpan.Zero)
        {
            await Task.Delay(knobs.AddedLatency, ct);
        }

        switch (knobs.TakeFault())
        {
            case LocalSesFault.Throttling:
                throw new SesErrorException(faults.Throttling());
            case LocalSesFault.InternalFailure:
                throw new SesErrorException(faults.InternalFailure());
            case LocalSesFault.ServiceUnavailableHtml:
                await SesEndpoint.WriteHtmlUnavailableAsync(http, ct);
                return null;
            case LocalSesFault.UnhandledException:
                throw new InvalidOperationException("Injected unhandled exception (LocalSes fault knob).");
        }

        var headers = http.Request.Headers
            .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v ?? string.Empty)))
            .ToList();
        return verifier.Verify(new SigV4Request(http.Request.Method, rawPath, rawQuery, headers, body)) switch
        {
            SigV4Result.Rejected rejected => throw new SesErrorException(rejected.Error),
            var verified => (SigV4Result.Verified)verified,
        };
    }
}
