using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using SesConsole.Core.Ses.Operations;
using SesConsole.Core.Ses.Permissions;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Ses;

/// <summary>
/// The one path every SES call of one region takes, v1 Query and v2 REST alike: the whole call's time limit, the
/// transport (which paces and retries), what the answer says about the credentials (the permission ledger), the
/// error mapping (a time-out or an unreadable answer becomes a <c>ServiceUnavailable</c> <see cref="SesCallException"/>
/// naming the action and region) and one log line per outcome under the calling client's category.
/// </summary>
internal sealed partial class SesCallRunner
{
    private readonly ILogger _logger;
    private readonly string _api;
    private readonly string _region;
    private readonly SesPermissionLedger _permissions;
    private readonly TimeSpan _totalTimeout;

    /// <param name="api">How the log names the API: <c>SES</c> or <c>SES v2</c>.</param>
    public SesCallRunner(ILogger logger, string api, string region, SesPermissionLedger permissions, TimeSpan totalTimeout)
    {
        if (totalTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(totalTimeout), totalTimeout, "The total timeout must be positive.");
        }

        _logger = logger;
        _api = api;
        _region = region;
        _permissions = permissions;
        _totalTimeout = totalTimeout;
    }

    public async Task<TResponse> RunAsync<TResult, TResponse>(
        string action,
        Func<CancellationToken, Task<TResult>> send,
        Func<TResult, string> requestIdOf,
        Func<TResult, TResponse> read,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        TResult result;
        // Wall-clock time, not the pacer's TimeProvider: an operator waits in real seconds, and tests that move a fake
        // clock forward to release the pacer must not time calls out by doing so.
        using var total = new CancellationTokenSource(_totalTimeout);
        using var callToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, total.Token);
        try
        {
            result = await send(callToken.Token).ConfigureAwait(false);
        }
        catch (SesCallException ex)
        {
            LogCallFailed(_logger, _api, action, _region, ex.ErrorCode, (int?)ex.StatusCode, ex.RequestId);
            ex.Action = action;
            ex.Region = _region;
            NoteRefusalOrAnswer(action, ex);
            throw;
        }
        catch (OperationCanceledException ex) when (total.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogCallFailed(_logger, _api, action, _region, SesErrorTranslator.ServiceUnavailable, null, null);
            throw new SesCallException(
                SesErrorTranslator.ServiceUnavailable,
                $"SES did not answer {action} within {_totalTimeout.TotalSeconds:0.#} s (every attempt included).",
                null,
                null,
                ex) { IsTimeout = true, Action = action, Region = _region };
        }

        _permissions.NoteAnswered(_region, action);
        var requestId = requestIdOf(result);
        try
        {
            var response = read(result);
            LogCallSucceeded(_logger, _api, action, _region, requestId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (SesResponseFormatException ex)
        {
            LogCallFailed(_logger, _api, action, _region, SesErrorTranslator.ServiceUnavailable, 200, requestId);
            throw new SesCallException(
                SesErrorTranslator.ServiceUnavailable,
                $"SES's answer to {action} could not be read: {ex.Message}.",
                HttpStatusCode.OK,
                requestId,
                ex) { Action = action, Region = _region };
        }
    }

    private void NoteRefusalOrAnswer(string action, SesCallException ex)
    {
        if (ex.IsAccessDenied)
        {
            _permissions.NoteRefused(_region, action, ex.Message, ex.RequestId);
        }
        else if (ex.StatusCode is { } status && (int)status is >= 400 and < 500 && status != HttpStatusCode.Forbidden
            && ex.ErrorCode is not ("Throttling" or "ThrottlingException" or "TooManyRequestsException"))
        {
            // SES judged the request itself (not the credentials): the action is allowed.
            _permissions.NoteAnswered(_region, action);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Api} {Action} in {Region} succeeded (request {RequestId}, {ElapsedMs:F0} ms)")]
    private static partial void LogCallSucceeded(ILogger logger, string api, string action, string region, string requestId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Api} {Action} in {Region} failed with {ErrorCode} (HTTP {StatusCode}, request {RequestId})")]
    private static partial void LogCallFailed(
        ILogger logger, string api, string action, string region, string errorCode, int? statusCode, string? requestId);
}
