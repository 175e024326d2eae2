using System.Globalization;
using System.Xml.Linq;

namespace SesConsole.Core.Ses.Operations;

/// <summary>Reading helpers for SES's response XML (namespace <c>http://ses.amazonaws.com/doc/2010-12-01/</c>).</summary>
internal static class SesXml
{
    public static readonly XNamespace Namespace = "http://ses.amazonaws.com/doc/2010-12-01/";

    public static string? Text(XElement? parent, string name) => parent?.Element(Namespace + name)?.Value;

    public static string RequiredText(XElement? parent, string name) =>
        Text(parent, name) ?? throw new SesResponseFormatException($"the element <{name}> is missing");

    /// <summary>The <c>&lt;member&gt;</c> values of a list element; an absent list reads as empty.</summary>
    public static IReadOnlyList<string> Members(XElement? parent, string listName) =>
        parent?.Element(Namespace + listName)?.Elements(Namespace + "member").Select(m => m.Value).ToArray() ?? [];

    /// <summary>The <c>&lt;entry&gt;&lt;key/&gt;&lt;value/&gt;&lt;/entry&gt;</c> pairs of a map element; absent reads as empty.</summary>
    public static IReadOnlyDictionary<string, TValue> Map<TValue>(
        XElement? parent, string mapName, Func<XElement, TValue> readValue)
    {
        var map = new Dictionary<string, TValue>(StringComparer.Ordinal);
        var entries = parent?.Element(Namespace + mapName)?.Elements(Namespace + "entry") ?? [];
        foreach (var entry in entries)
        {
            var key = entry.Element(Namespace + "key")?.Value
                ?? throw new SesResponseFormatException($"an <entry> of <{mapName}> has no <key>");
            var value = entry.Element(Namespace + "value")
                ?? throw new SesResponseFormatException($"the <entry> '{key}' of <{mapName}> has no <value>");
            map[key] = readValue(value);
        }

        return map;
    }

    public static SesVerificationStatus Status(XElement parent, string name)
    {
        var text = RequiredText(parent, name);
        return Enum.TryParse<SesVerificationStatus>(text, ignoreCase: false, out var status) && Enum.IsDefined(status)
            ? status
            : throw new SesResponseFormatException($"<{name}> has the unknown value '{text}'");
    }

    public static bool Boolean(XElement parent, string name)
    {
        var text = RequiredText(parent, name);
        return bool.TryParse(text, out var value)
            ? value
            : throw new SesResponseFormatException(string.Create(CultureInfo.InvariantCulture, $"<{name}> is not a boolean: '{text}'"));
    }

    public static bool? OptionalBoolean(XElement? parent, string name) =>
        Text(parent, name) is null ? null : Boolean(parent!, name);

    public static double Number(XElement? parent, string name)
    {
        var text = RequiredText(parent, name);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SesResponseFormatException(string.Create(CultureInfo.InvariantCulture, $"<{name}> is not a number: '{text}'"));
    }
}
