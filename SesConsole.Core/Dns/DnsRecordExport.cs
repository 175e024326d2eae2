using System.Globalization;
using System.Text;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Dns;

/// <summary>Turns the DNS records an identity needs into the files operators hand to DNS hosts.</summary>
public static class DnsRecordExport
{
    public const int DefaultTtl = 1800;

    /// <summary>Longest character-string a TXT record may hold (RFC 1035); longer values are split.</summary>
    private const int MaxTxtChunk = 255;

    /// <summary>CSV with a <c>Type,Name,Value</c> header, like the AWS console's download (RFC 4180 quoting, CRLF).</summary>
    public static string ToCsv(IEnumerable<DnsRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var csv = new StringBuilder("Type,Name,Value\r\n");
        foreach (var record in records)
        {
            csv.Append(CsvField(record.Type.ToString())).Append(',')
                .Append(CsvField(record.Name)).Append(',')
                .Append(CsvField(record.Value)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>BIND zone-file lines: absolute names with trailing dots, quoted TXT strings.</summary>
    public static string ToZoneFile(IEnumerable<DnsRecord> records, int ttl = DefaultTtl)
    {
        ArgumentNullException.ThrowIfNull(records);
        var zone = new StringBuilder();
        foreach (var record in records)
        {
            zone.Append(Absolute(record.Name)).Append(' ')
                .Append(ttl.ToString(CultureInfo.InvariantCulture)).Append(" IN ")
                .Append(record.Type.ToString()).Append(' ')
                .Append(ZoneValue(record)).Append('\n');
        }

        return zone.ToString();
    }

    /// <summary>The name relative to the domain, for DNS hosts that append the domain themselves ("@" for the apex).</summary>
    public static string RelativeName(string name, string domain)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(domain);
        var trimmed = name.TrimEnd('.');
        var apex = domain.TrimEnd('.');
        if (string.Equals(trimmed, apex, StringComparison.OrdinalIgnoreCase))
        {
            return "@";
        }

        var suffix = "." + apex;
        return trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? trimmed[..^suffix.Length] : trimmed;
    }

    public static string CsvFileName(string domain) => $"{domain.TrimEnd('.')}-dns-records.csv";

    /// <summary>One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.</summary>
    public static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static string Absolute(string name) => name.EndsWith('.') ? name : name + ".";

    private static string ZoneValue(DnsRecord record) => record.Type switch
    {
        DnsRecordType.TXT => TxtStrings(record.Value),
        DnsRecordType.CNAME => Absolute(record.Value.Trim()),
        DnsRecordType.MX => MxValue(record.Value),
        _ => record.Value,
    };

    /// <summary>"10 feedback-smtp.us-east-1.amazonses.com" becomes "10 feedback-smtp.us-east-1.amazonses.com.".</summary>
    private static string MxValue(string value)
    {
        var parts = value.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2 ? $"{parts[0]} {Absolute(parts[1])}" : Absolute(value.Trim());
    }

    private static string TxtStrings(string value)
    {
        // SES shows SPF values already quoted; the zone line quotes once.
        var text = value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
        var chunks = new List<string>();
        for (var start = 0; start < text.Length || chunks.Count == 0; start += MaxTxtChunk)
        {
            var chunk = text.Substring(start, Math.Min(MaxTxtChunk, text.Length - start));
            chunks.Add("\"" + chunk.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"");
        }

        return string.Join(' ', chunks);
    }
}
