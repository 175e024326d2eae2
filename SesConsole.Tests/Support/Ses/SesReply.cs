using System.Net;
using System.Xml.Linq;

namespace SesConsole.Tests.Support.Ses;

/// <summary>
/// One SES Query-protocol answer: written by hand from the service model's shapes for a loopback listener to send
/// (<see cref="Success"/>, <see cref="Error"/>), or read from LocalSes with XPath-free helpers for the SES namespace.
/// </summary>
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

    public static readonly XNamespace Ns = Namespace;

    public XElement Root => XDocument.Parse(Body).Root!;

    public string? ErrorCode => Root.Name == Ns + "ErrorResponse" ? Root.Element(Ns + "Error")?.Element(Ns + "Code")?.Value : null;

    public string? ErrorType => Root.Element(Ns + "Error")?.Element(Ns + "Type")?.Value;

    public string? ErrorMessage => Root.Element(Ns + "Error")?.Element(Ns + "Message")?.Value;

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

    public static IReadOnlyList<string> Members(XElement? list) =>
        list?.Elements(Ns + "member").Select(m => m.Value).ToList() ?? [];

    public static IReadOnlyDictionary<string, XElement> Entries(XElement? map) =>
        map?.Elements(Ns + "entry").ToDictionary(e => e.Element(Ns + "key")!.Value, e => e.Element(Ns + "value")!) ?? [];

    /// <summary>The Result element of a successful <paramref name="action"/>, after checking the envelope.</summary>
    public XElement Result(string action)
    {
        Assert.True(Status == HttpStatusCode.OK, $"{action} failed: {Status} {Body}");
        Assert.Equal(Ns + action + "Response", Root.Name);
        Assert.False(string.IsNullOrEmpty(Root.Element(Ns + "ResponseMetadata")?.Element(Ns + "RequestId")?.Value));
        return Root.Element(Ns + action + "Result")!;
    }
}
