namespace SesConsole.LocalSes.Protocol;

/// <summary>An error as SES reports it: HTTP status, fault side (Sender or Receiver), code and message.</summary>
public sealed record SesError(int StatusCode, string Type, string Code, string Message)
{
    public static SesError InvalidParameterValue(string message) => new(400, "Sender", "InvalidParameterValue", message);

    public static SesError MissingParameter(string name) =>
        new(400, "Sender", "MissingParameter", $"The request must contain the parameter {name}.");

    public static SesError InvalidPolicy(string message) => new(400, "Sender", "InvalidPolicy", message);

    public static SesError MissingAction() =>
        new(400, "Sender", "MissingAction", "The request must contain the parameter Action.");

    public static SesError InvalidAction(string action, string version) =>
        new(400, "Sender", "InvalidAction", $"Could not find operation {action} for version {version}.");

    public static SesError Throttling() => new(400, "Sender", "Throttling", "Rate exceeded");

    public static SesError InternalFailure() =>
        new(500, "Receiver", "InternalFailure", "The request processing has failed because of an unknown error, exception or failure.");

    /// <summary>What SES answers when the caller's IAM policy does not allow the action.</summary>
    public static SesError AccessDenied(string message) => new(403, "Sender", "AccessDenied", message);

    /// <summary>SES API v2's answer when the caller's IAM policy does not allow the operation.</summary>
    public static SesError AccessDeniedException(string message) => new(403, "Sender", "AccessDeniedException", message);

    public static SesError MissingAuthenticationToken() =>
        new(403, "Sender", "MissingAuthenticationToken", "Request is missing Authentication Token");

    public static SesError IncompleteSignature(string message) => new(400, "Sender", "IncompleteSignature", message);

    public static SesError InvalidClientTokenId() =>
        new(403, "Sender", "InvalidClientTokenId", "The security token included in the request is invalid.");

    public static SesError SignatureDoesNotMatch(string message) => new(403, "Sender", "SignatureDoesNotMatch", message);

    public static SesError RequestExpired(string message) => new(400, "Sender", "RequestExpired", message);

    /// <summary>SES API v2: the identity (or other resource) does not exist.</summary>
    public static SesError NotFound(string message) => new(404, "Sender", "NotFoundException", message);

    /// <summary>SES API v2: the input is invalid.</summary>
    public static SesError BadRequest(string message) => new(400, "Sender", "BadRequestException", message);

    /// <summary>SES API v2's throttling error: HTTP 429.</summary>
    public static SesError TooManyRequests() => new(429, "Sender", "TooManyRequestsException", "Too Many Requests");

    /// <summary>SES API v2's unexpected server failure.</summary>
    public static SesError InternalServiceError() =>
        new(500, "Receiver", "InternalServiceErrorException", "The request processing has failed because of an unknown error, exception or failure.");

    /// <summary>A REST path or method LocalSes does not serve.</summary>
    public static SesError UnknownOperation(string method, string path) =>
        new(404, "Sender", "UnknownOperationException", $"LocalSes serves no SES API v2 operation at {method} {path}.");
}
