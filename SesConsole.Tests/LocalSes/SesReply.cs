using System.Net;
using System.Xml.Linq;

namespace SesConsole.Tests.LocalSes;

/// <summary>One answer of LocalSes, with XPath-free helpers for the SES namespace.</summary>
internal sealed record SesReply(HttpStatusCode Status, string ContentType, string Body)
{
    public static readonly XNamespace Ns = "http://ses.amazonaws.com/doc/2010-12-01/";

    public XElement Root => XDocument.Parse(Body).Root!;

    public string? ErrorCode => Root.Name == Ns + "ErrorResponse" ? Root.Element(Ns + "Error")?.Element(Ns + "Code")?.Value : null;

    public string? ErrorType => Root.Element(Ns + "Error")?.Element(Ns + "Type")?.Value;

    public string? ErrorMessage => Root.Element(Ns + "Error")?.Element(Ns + "Message")?.Value;

    public XElement Result(string action)
    {
        Assert.True(Status == HttpStatusCode.OK, $"{action} failed: {Status} {Body}");
        Assert.Equal(Ns + action + "Response", Root.Name);
        Assert.False(string.IsNullOrEmpty(Root.Element(Ns + "ResponseMetadata")?.Element(Ns + "RequestId")?.Value));
        return Root.Element(Ns + action + "Result")!;
    }

    public static IReadOnlyList<string> Members(XElement? list) =>
        list?.Elements(Ns + "member").Select(m => m.Value).ToList() ?? [];

    public static IReadOnlyDictionary<string, XElement> Entries(XElement? map) =>
        map?.Elements(Ns + "entry").ToDictionary(e => e.Element(Ns + "key")!.Value, e => e.Element(Ns + "value")!) ?? [];
}
