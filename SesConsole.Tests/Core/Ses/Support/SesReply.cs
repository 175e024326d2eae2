using System.Net;

namespace SesConsole.Tests.Core.Ses.Support;

/// <summary>What the loopback listener answers, written by hand from the service model's shapes.</summary>
public sealed record SesReply(HttpStatusCode Status, string Body, string ContentType = "text/xml")
{
    /// <summary>Extra response headers (SES API v2 sends its error code in <c>x-amzn-ErrorType</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>An SES API v2 success: a JSON body.</summary>
    public static SesReply Json(string body) => new(HttpStatusCode.OK, body, "application/json");

    /// <summary>An SES API v2 error as AWS sends it: the code in <c>x-amzn-ErrorType</c> (with Coral's suffix) and <c>{"message"}</c>.</summary>
    public static SesReply JsonError(HttpStatusCode status, string code, string message) =>
        new(status, $$"""{"message":"{{message}}"}""", "application/json")
        {
            Headers = new Dictionary<string, string> { ["x-amzn-ErrorType"] = code + ":http://internal.amazon.com/coral/com.amazon.coral.service/" },
        };

    public const string Namespace = "http://ses.amazonaws.com/doc/2010-12-01/";

    public static SesReply Success(string action, string resultXml, string requestId) => new(
        HttpStatusCode.OK,
        $"""
        <{action}Response xmlns="{Namespace}">
          <{action}Result>{resultXml}</{action}Result>
          <ResponseMetadata><RequestId>{requestId}</RequestId></ResponseMetadata>
        </{action}Response>
        """);

    public static SesReply Error(HttpStatusCode status, string code, string message, string requestId, string type = "Sender") => new(
        status,
        $"""
        <ErrorResponse xmlns="{Namespace}">
          <Error><Type>{type}</Type><Code>{code}</Code><Message>{message}</Message></Error>
          <RequestId>{requestId}</RequestId>
        </ErrorResponse>
        """);

    public static SesReply Throttling(string requestId) =>
        Error(HttpStatusCode.BadRequest, "Throttling", "Maximum sending rate exceeded.", requestId);
}
