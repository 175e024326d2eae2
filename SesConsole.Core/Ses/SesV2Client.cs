using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SesConsole.Core.Ses.Operations;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Ses;

/// <summary>
/// <see cref="ISesV2Client"/> for one region: checks arguments cheaply, writes each operation's call, sends exactly one
/// request through the transport (which retries and paces per operation, as for v1) and reads the answer.
/// </summary>
internal sealed partial class SesV2Client : ISesV2Client
{
    /// <summary>SES's largest page of ListEmailIdentities.</summary>
    public const int MaxPageSize = 1000;

    private readonly ISesRestTransport _transport;
    private readonly ILogger _logger;

    public SesV2Client(ISesRestTransport transport, ILogger<SesV2Client> logger)
    {
        _transport = transport;
        _logger = logger;
    }

    public string Region => _transport.Region;

    public Task<ListEmailIdentitiesResponse> ListEmailIdentitiesAsync(ListEmailIdentitiesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.PageSize, $"PageSize must be between 1 and {MaxPageSize}.");
        }

        if (request.Filter?.NameContains is { } contains && string.IsNullOrWhiteSpace(contains))
        {
            throw new ArgumentException("Give the text a name must contain, or no name filter.", nameof(request));
        }

        return CallAsync(ListEmailIdentitiesOperation.Write(request), ListEmailIdentitiesOperation.Read, cancellationToken);
    }

    public Task<GetEmailIdentityResponse> GetEmailIdentityAsync(string identity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(identity))
        {
            throw new ArgumentException("Give an identity; it must not be empty.", nameof(identity));
        }

        return CallAsync(GetEmailIdentityOperation.Write(identity), GetEmailIdentityOperation.Read, cancellationToken);
    }

    private async Task<TResponse> CallAsync<TResponse>(
        SesRestCall call, Func<SesRestResult, TResponse> read, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        SesRestResult result;
        try
        {
            result = await _transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (SesCallException ex)
        {
            LogCallFailed(call.Action, Region, ex.ErrorCode, (int?)ex.StatusCode, ex.RequestId);
            throw;
        }

        try
        {
            var response = read(result);
            LogCallSucceeded(call.Action, Region, result.RequestId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (SesResponseFormatException ex)
        {
            LogCallFailed(call.Action, Region, SesErrorTranslator.ServiceUnavailable, 200, result.RequestId);
            throw new SesCallException(
                SesErrorTranslator.ServiceUnavailable,
                $"SES's answer to {call.Action} could not be read: {ex.Message}.",
                System.Net.HttpStatusCode.OK,
                result.RequestId,
                ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "SES v2 {Action} in {Region} succeeded (request {RequestId}, {ElapsedMs:F0} ms)")]
    private partial void LogCallSucceeded(string action, string region, string requestId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SES v2 {Action} in {Region} failed with {ErrorCode} (HTTP {StatusCode}, request {RequestId})")]
    private partial void LogCallFailed(string action, string region, string errorCode, int? statusCode, string? requestId);
}
