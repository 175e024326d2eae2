using System.Net;

namespace SesConsole.Core.Ses;

/// <summary>
/// SES refused or failed a call (after the SDK's retries). <see cref="ErrorCode"/> is SES's code
/// (<c>Throttling</c>, <c>InvalidParameterValue</c>, ...) or, when the answer was not SES's error XML
/// (a proxy's HTML page, a dropped connection), a code chosen by the client: <c>ServiceUnavailable</c>.
/// </summary>
public sealed class SesCallException : Exception
{
    public SesCallException(string errorCode, string message, HttpStatusCode? statusCode, string? requestId, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        StatusCode = statusCode;
        RequestId = requestId;
    }

    public string ErrorCode { get; }

    public HttpStatusCode? StatusCode { get; }

    public string? RequestId { get; }

    /// <summary>The SES action that was refused (<c>ListIdentityPolicies</c>), set by the client that called it.</summary>
    public string? Action { get; internal set; }

    /// <summary>The region the call went to, set by the client that called it.</summary>
    public string? Region { get; internal set; }

    /// <summary>SES refused the caller's IAM permissions for the action (not its signature or its key).</summary>
    public bool IsAccessDenied => ErrorCode is "AccessDenied" or "AccessDeniedException";

    /// <summary>SES did not answer within the client's time limit (one attempt or the whole call); whether the
    /// request reached SES is unknown.</summary>
    public bool IsTimeout { get; init; }
}
