using System.Net;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Permissions;

namespace SesConsole.Core.Identities;

/// <summary>Turns SES's errors into failures an operator can act on, keeping SES's code and request id.</summary>
internal static class SesFailures
{
    private static readonly HashSet<string> CredentialCodes = new(StringComparer.Ordinal)
    {
        "AccessDenied",
        "AccessDeniedException",
        "InvalidClientTokenId",
        "SignatureDoesNotMatch",
        "MissingAuthenticationToken",
    };

    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling",
        "ThrottlingException",
        "TooManyRequestsException",
    };

    private static readonly HashSet<string> UnavailableCodes = new(StringComparer.Ordinal)
    {
        "ServiceUnavailable",
        "ServiceUnavailableException",
        "InternalFailure",
        "InternalError",
    };

    public static Failure From(SesCallException exception)
    {
        var code = exception.ErrorCode;
        var (kind, message) = code switch
        {
            "ClientConfigurationError" =>
                (FailureKind.Unavailable, $"The console could not call SES because of its own configuration: {Sentence(exception.Message)}"),
            _ when ThrottlingCodes.Contains(code) =>
                (FailureKind.Throttled, "SES is throttling requests (it allows about one per second); try again in a moment."),
            _ when exception.IsAccessDenied && exception.Action is { } action =>
                (FailureKind.AccessDenied,
                    $"This console's AWS credentials lack {ConsoleSesActions.Iam(action)}"
                    + (exception.Region is { } region ? $" in {region}" : string.Empty)
                    + $"; ask for it in the IAM policy of the console's role or user. SES said: {Sentence(exception.Message)}"),
            _ when CredentialCodes.Contains(code) =>
                (FailureKind.AccessDenied, $"SES refused the credentials this console uses ({code}): {Sentence(exception.Message)}"),
            _ when UnavailableCodes.Contains(code) || exception.StatusCode >= HttpStatusCode.InternalServerError =>
                (FailureKind.Unavailable, $"SES is not available right now ({code}); try again later."),
            _ => (FailureKind.RejectedBySes, string.IsNullOrWhiteSpace(exception.Message)
                ? $"SES refused the request ({code})."
                : Sentence(exception.Message)),
        };
        return new Failure(kind, message, code, exception.RequestId);
    }

    private static string Sentence(string message)
    {
        var trimmed = message.Trim();
        return trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }
}
