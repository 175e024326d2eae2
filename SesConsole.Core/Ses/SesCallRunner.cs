using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SesConsole.Core.Ses.Operations;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Ses;

/// <summary>
/// One SES call as both clients (v1 Query, v2 REST) make it: send through the transport, read the answer, log the
/// outcome under the client's own category. An answer that cannot be read becomes a <c>ServiceUnavailable</c>
/// <see cref="SesCallException"/> carrying the request id.
/// </summary>
internal static partial class SesCallRunner
{
    /// <param name="api">How the log names the API: <c>SES</c> or <c>SES v2</c>.</param>
    public static async Task<TResponse> RunAsync<TResult, TResponse>(
        ILogger logger,
        string api,
        string action,
        string region,
        Func<Task<TResult>> send,
        Func<TResult, string> requestIdOf,
        Func<TResult, TResponse> read)
    {
        var started = Stopwatch.GetTimestamp();
        TResult result;
        try
        {
            result = await send().ConfigureAwait(false);
        }
        catch (SesCallException ex)
        {
            LogCallFailed(logger, api, action, region, ex.ErrorCode, (int?)ex.StatusCode, ex.RequestId);
            throw;
        }

        var requestId = requestIdOf(result);
        try
        {
            var response = read(result);
            LogCallSucceeded(logger, api, action, region, requestId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (SesResponseFormatException ex)
        {
            LogCallFailed(logger, api, action, region, SesErrorTranslator.ServiceUnavailable, 200, requestId);
            throw new SesCallException(
                SesErrorTranslator.ServiceUnavailable,
                $"SES's answer to {action} could not be read: {ex.Message}.",
                System.Net.HttpStatusCode.OK,
                requestId,
                ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Api} {Action} in {Region} succeeded (request {RequestId}, {ElapsedMs:F0} ms)")]
    private static partial void LogCallSucceeded(ILogger logger, string api, string action, string region, string requestId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Api} {Action} in {Region} failed with {ErrorCode} (HTTP {StatusCode}, request {RequestId})")]
    private static partial void LogCallFailed(
        ILogger logger, string api, string action, string region, string errorCode, int? statusCode, string? requestId);
}
