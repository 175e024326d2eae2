using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// Reads SES API v2's answers. Success bodies are kept as bytes for the operation's reader; errors become an
/// <see cref="AmazonServiceException"/> with the code from <c>x-amzn-ErrorType</c> (its <c>:suffix</c> stripped), or
/// from the body's <c>__type</c>/<c>code</c>, and the body's <c>message</c>. An answer with no code at all (a proxy's
/// HTML page, an empty 502) becomes <c>ServiceUnavailable</c>. The SDK's retry policy then sees the status and code,
/// so <c>TooManyRequestsException</c> and 5xx are retried like v1's Throttling.
/// </summary>
internal sealed class SesRestUnmarshaller : JsonResponseUnmarshaller
{
    public const string ErrorTypeHeader = "x-amzn-ErrorType";

    public static SesRestUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new SesRestResponse
        {
            Body = ReadBody(input),
            HttpStatusCode = input.ResponseData?.StatusCode ?? HttpStatusCode.OK,
        };
    }

    public override AmazonServiceException UnmarshallException(
        JsonUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        ArgumentNullException.ThrowIfNull(input);
        var body = ReadBody(input);
        var (bodyCode, message) = ReadErrorBody(body);
        var headerCode = input.ResponseData?.IsHeaderPresent(ErrorTypeHeader) == true
            ? input.ResponseData.GetHeaderValue(ErrorTypeHeader)
            : null;
        var code = Strip(headerCode) ?? Strip(bodyCode);
        var type = (int)statusCode >= 500 ? ErrorType.Receiver : ErrorType.Sender;
        if (code is null)
        {
            var contentType = input.ResponseData?.ContentType;
            var described = string.IsNullOrEmpty(contentType) ? "a body that is not SES's error JSON" : $"a {contentType} body that is not SES's error JSON";
            return new AmazonServiceException(
                $"SES did not answer: HTTP {(int)statusCode} ({statusCode}) came back with {described}; a proxy or load balancer may have answered instead.",
                innerException,
                ErrorType.Receiver,
                SesQueryUnmarshaller.NotSesErrorCode,
                null,
                statusCode);
        }

        return new AmazonServiceException(message ?? code, innerException, type, code, null, statusCode);
    }

    private static byte[] ReadBody(JsonUnmarshallerContext input)
    {
        // The context's JSON reader is created lazily, so the stream is still unread here.
        using var copy = new MemoryStream();
        input.Stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>"NotFoundException:http://internal.amazon.com/coral/..." and "aws.ses#NotFoundException" both mean NotFoundException.</summary>
    private static string? Strip(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var colon = code.IndexOf(':', StringComparison.Ordinal);
        code = colon >= 0 ? code[..colon] : code;
        var hash = code.LastIndexOf('#');
        code = (hash >= 0 ? code[(hash + 1)..] : code).Trim();
        return code.Length == 0 ? null : code;
    }

    private static (string? Code, string? Message) ReadErrorBody(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            return (Property(root, "__type") ?? Property(root, "code") ?? Property(root, "Code"), Property(root, "message") ?? Property(root, "Message"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
