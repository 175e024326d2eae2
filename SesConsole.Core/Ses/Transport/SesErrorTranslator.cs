using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// Maps what the SDK throws (after its retries) to <see cref="SesCallException"/>. Returns null for the
/// caller's own cancellation, which must stay an <see cref="OperationCanceledException"/>.
/// </summary>
internal static class SesErrorTranslator
{
    public const string ServiceUnavailable = "ServiceUnavailable";

    /// <summary>Code for failures before anything was sent: no credentials, a broken endpoint setting.</summary>
    public const string ClientConfigurationError = "ClientConfigurationError";

    public static SesCallException? Translate(Exception exception, string action, string endpoint, CancellationToken cancellationToken)
    {
        if (exception is SesCallException already)
        {
            return already;
        }

        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        if (exception is AmazonServiceException service && !string.IsNullOrEmpty(service.ErrorCode) && !IsNetworkFailure(service))
        {
            return new SesCallException(
                service.ErrorCode,
                string.IsNullOrWhiteSpace(service.Message) ? service.ErrorCode : service.Message,
                service.StatusCode == 0 ? null : service.StatusCode,
                string.IsNullOrEmpty(service.RequestId) ? null : service.RequestId,
                exception);
        }

        if (exception is OperationCanceledException or TimeoutException)
        {
            return new SesCallException(
                ServiceUnavailable, $"{endpoint} did not answer {action} in time.", null, null, exception) { IsTimeout = true };
        }

        if (IsNetworkFailure(exception))
        {
            return new SesCallException(
                ServiceUnavailable, $"Could not reach {endpoint} for {action}: {Innermost(exception).Message}", null, null, exception);
        }

        if (exception is AmazonServiceException unknownService)
        {
            var status = unknownService.StatusCode == 0 ? (HttpStatusCode?)null : unknownService.StatusCode;
            return new SesCallException(
                ServiceUnavailable, $"{endpoint} failed {action}: {exception.Message}", status, null, exception);
        }

        if (exception is AmazonClientException)
        {
            return new SesCallException(ClientConfigurationError, exception.Message, null, null, exception);
        }

        return null;
    }

    private static bool IsNetworkFailure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or SocketException or IOException)
            {
                return true;
            }
        }

        return false;
    }

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }
}
