using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using SesConsole.LocalSes.Account;
using SesConsole.LocalSes.Protocol;

namespace SesConsole.LocalSes.Sns;

/// <summary>
/// The SNS side of LocalSes: requests signed for service <c>sns</c> (same host, as the console's SNS client is
/// pointed at the LocalSes endpoint). Only ListTopics, over <c>LocalSes:Topics</c>, in SNS's XML namespace.
/// </summary>
internal static class SnsEndpoint
{
    public const string SigningName = "sns";
    public const string Version = "2010-03-31";
    public const int PageSize = 100;
    private static readonly XNamespace Ns = "http://sns.amazonaws.com/doc/2010-03-31/";

    public static async Task HandleAsync(HttpContext http, QueryParameters parameters, string region, TopicCatalog topics, string requestId, CancellationToken ct)
    {
        var action = parameters.Optional("Action");
        var version = parameters.Optional("Version");
        if (action != "ListTopics" || (version is not null && version != Version))
        {
            await WriteAsync(http, 400, Error("InvalidAction", $"Could not find operation {action} for version {version ?? Version}.", requestId), requestId, ct);
            return;
        }

        var all = topics.ForRegion(region);
        var start = 0;
        if (parameters.Optional("NextToken") is { Length: > 0 } token)
        {
            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start < 0 || start > all.Count)
            {
                await WriteAsync(http, 400, Error("InvalidParameter", "Invalid parameter: NextToken", requestId), requestId, ct);
                return;
            }
        }

        var page = all.Skip(start).Take(PageSize).ToList();
        var result = new XElement(Ns + "ListTopicsResult",
            new XElement(Ns + "Topics", page.Select(arn => new XElement(Ns + "member", new XElement(Ns + "TopicArn", arn)))));
        if (start + page.Count < all.Count)
        {
            result.Add(new XElement(Ns + "NextToken", (start + page.Count).ToString(CultureInfo.InvariantCulture)));
        }

        var response = new XElement(Ns + "ListTopicsResponse", result,
            new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", requestId)));
        await WriteAsync(http, 200, response, requestId, ct);
    }

    private static XElement Error(string code, string message, string requestId) =>
        new(Ns + "ErrorResponse",
            new XElement(Ns + "Error", new XElement(Ns + "Type", "Sender"), new XElement(Ns + "Code", code), new XElement(Ns + "Message", message)),
            new XElement(Ns + "RequestId", requestId));

    private static async Task WriteAsync(HttpContext http, int status, XElement root, string requestId, CancellationToken ct)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/xml; charset=utf-8";
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(root).Save(writer);
        }

        await http.Response.Body.WriteAsync(stream.ToArray(), ct);
    }
}
