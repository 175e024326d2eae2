using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SesConsole.LocalSes.Protocol;

/// <summary>Builds SES's Query-protocol XML: responses, results, maps and lists, all in the 2010-12-01 namespace.</summary>
internal static class SesXml
{
    public const string Version = "2010-12-01";
    public static readonly XNamespace Ns = "http://ses.amazonaws.com/doc/2010-12-01/";

    public static XElement Element(string name, params object?[] content) => new(Ns + name, content);

    public static XElement Members(string name, IEnumerable<string> values) =>
        Element(name, values.Select(v => Element("member", v)).ToArray());

    public static XElement Map(string name, IEnumerable<KeyValuePair<string, object>> entries) =>
        Element(name, entries.Select(e => Element("entry", Element("key", e.Key), Element("value", e.Value))).ToArray());

    public static string Success(string action, IReadOnlyList<XElement> result, string requestId) =>
        Serialize(Element(
            action + "Response",
            Element(action + "Result", result.ToArray()),
            Element("ResponseMetadata", Element("RequestId", requestId))));

    public static string Error(SesError error, string requestId) =>
        Serialize(Element(
            "ErrorResponse",
            Element("Error", Element("Type", error.Type), Element("Code", error.Code), Element("Message", error.Message)),
            Element("RequestId", requestId)));

    private static string Serialize(XElement root)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, OmitXmlDeclaration = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(root).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
