using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// Reads SES's answers. Success bodies are parsed into an <see cref="XDocument"/> for the operation's reader;
/// error bodies become an <see cref="AmazonServiceException"/> with SES's code, or <c>ServiceUnavailable</c>
/// when the body is not SES's <c>&lt;ErrorResponse&gt;</c> (a proxy's HTML page, an empty 502).
/// The SDK's retry policy then sees the status code and error code, so Throttling and 5xx are retried.
/// </summary>
internal sealed class SesQueryUnmarshaller : XmlResponseUnmarshaller
{
    public const string NotSesErrorCode = "ServiceUnavailable";
    private const string RequestIdHeader = "x-amzn-RequestId";

    public static SesQueryUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var body = ReadBody(input);
        XDocument? document = null;
        string? parseError = null;
        try
        {
            document = XDocument.Parse(body);
        }
        catch (XmlException ex)
        {
            parseError = ex.Message;
        }

        return new SesQueryResponse
        {
            Document = document,
            ParseError = parseError,
            HttpStatusCode = input.ResponseData?.StatusCode ?? HttpStatusCode.OK,
            ResponseMetadata = new ResponseMetadata { RequestId = HeaderRequestId(input) },
        };
    }

    public override AmazonServiceException UnmarshallException(
        XmlUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        ArgumentNullException.ThrowIfNull(input);
        var body = ReadBody(input);
        var error = TryParseErrorResponse(body);
        if (error is not null)
        {
            return new AmazonServiceException(
                error.Message ?? error.Code, innerException, error.Type, error.Code, error.RequestId ?? HeaderRequestId(input), statusCode);
        }

        var contentType = input.ResponseData?.ContentType;
        var described = string.IsNullOrEmpty(contentType) ? "a body that is not SES's error XML" : $"a {contentType} body that is not SES's error XML";
        var message = $"SES did not answer: HTTP {(int)statusCode} ({statusCode}) came back with {described}; a proxy or load balancer may have answered instead.";
        return new AmazonServiceException(message, innerException, ErrorType.Receiver, NotSesErrorCode, HeaderRequestId(input), statusCode);
    }

    private static string ReadBody(XmlUnmarshallerContext input)
    {
        // The context's XML reader is created lazily, so the stream is still unread here.
        using var reader = new StreamReader(input.Stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return reader.ReadToEnd();
    }

    private static string? HeaderRequestId(XmlUnmarshallerContext input) =>
        input.ResponseData?.IsHeaderPresent(RequestIdHeader) == true ? input.ResponseData.GetHeaderValue(RequestIdHeader) : null;

    private static SesErrorBody? TryParseErrorResponse(string body)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(body);
        }
        catch (XmlException)
        {
            return null;
        }

        var root = document.Root;
        if (root is null || root.Name.LocalName != "ErrorResponse")
        {
            return null;
        }

        var error = root.Elements().FirstOrDefault(e => e.Name.LocalName == "Error");
        var code = Child(error, "Code");
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var type = Child(error, "Type") switch
        {
            "Sender" => ErrorType.Sender,
            "Receiver" => ErrorType.Receiver,
            _ => ErrorType.Unknown,
        };
        return new SesErrorBody(code, Child(error, "Message"), type, Child(root, "RequestId"));
    }

    // SES qualifies every element with its namespace; some emulators do not, so match on local names.
    private static string? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    private sealed record SesErrorBody(string Code, string? Message, ErrorType Type, string? RequestId);
}
