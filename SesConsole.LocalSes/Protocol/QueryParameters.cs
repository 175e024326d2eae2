using System.Globalization;
using System.Net;

namespace SesConsole.LocalSes.Protocol;

/// <summary>The parameters of one Query-protocol request (form body or query string), with SES's list conventions.</summary>
internal sealed class QueryParameters
{
    private readonly Dictionary<string, string> _values;

    private QueryParameters(Dictionary<string, string> values) => _values = values;

    public static QueryParameters Parse(params string[] encodedSources)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in encodedSources)
        {
            foreach (var pair in source.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var name = WebUtility.UrlDecode(equals < 0 ? pair : pair[..equals]);
                var value = equals < 0 ? string.Empty : WebUtility.UrlDecode(pair[(equals + 1)..]);
                values.TryAdd(name, value);
            }
        }

        return new QueryParameters(values);
    }

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new SesErrorException(SesError.MissingParameter(name));

    /// <summary>Reads <c>Name.member.1</c>, <c>Name.member.2</c>, ... in order until the first gap.</summary>
    public IReadOnlyList<string> List(string name)
    {
        var items = new List<string>();
        for (var i = 1; _values.TryGetValue(string.Create(CultureInfo.InvariantCulture, $"{name}.member.{i}"), out var value); i++)
        {
            items.Add(value);
        }

        return items;
    }

    /// <summary>A required list: SES accepts an empty list as present (the AWS SDKs send <c>Name=</c> for it).</summary>
    public IReadOnlyList<string> RequiredList(string name)
    {
        var items = List(name);
        if (items.Count == 0 && !_values.ContainsKey(name))
        {
            throw new SesErrorException(SesError.MissingParameter(name));
        }

        return items;
    }
}
