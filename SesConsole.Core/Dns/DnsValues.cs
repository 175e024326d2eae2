using DnsClient.Protocol;

namespace SesConsole.Core.Dns;

/// <summary>Shows found records the way a DNS host's form shows them.</summary>
internal static class DnsValues
{
    public static string Format(DnsResourceRecord record) => record switch
    {
        TxtRecord txt => Format(txt),
        CNameRecord cname => $"CNAME {DnsNames.Normalize(cname.CanonicalName.Value)}",
        MxRecord mx => $"{mx.Preference} {DnsNames.Normalize(mx.Exchange.Value)}",
        _ => record.ToString(),
    };

    /// <summary>One string as is; several strings quoted, so a split value is visible.</summary>
    public static string Format(TxtRecord txt) =>
        txt.Text.Count == 1 ? txt.Text.First() : string.Join(" ", txt.Text.Select(t => $"\"{t}\""));

    public static IReadOnlyList<string> FormatAll(DnsAnswer answer, string name) =>
        answer.Records.Where(r => DnsNames.Same(r.DomainName, name)).Select(Format).ToArray();

    /// <summary>A TXT record's value as receivers read it: its strings joined without separators.</summary>
    public static string Joined(TxtRecord txt) => string.Concat(txt.Text);

    public static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
}
