using System.Globalization;
using DnsClient.Protocol;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Dns;

/// <summary>The MAIL FROM domain's MX record: "10 feedback-smtp.{region}.amazonses.com".</summary>
internal static class MxDiagnosis
{
    public static bool TryParse(string value, out ushort preference, out string host)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        host = parts.Length == 2 ? DnsNames.Normalize(parts[1]) : "";
        preference = 0;
        return parts.Length == 2
            && ushort.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out preference)
            && host.Length > 0;
    }

    public static DnsRecordCheck? Diagnose(DnsRecord expected, DnsAnswer answer, string name)
    {
        var records = answer.RecordsAt<MxRecord>(name).ToList();
        if (records.Count == 0 || !TryParse(expected.Value, out var preference, out var host))
        {
            return null;
        }

        var found = records.Select(DnsValues.Format).ToArray();
        if (records.Any(r => r.Preference == preference && DnsNames.Same(r.Exchange.Value, host)))
        {
            return RecordChecks.Correct(expected, $"The MX record points to `{host}` with priority {preference}.", found);
        }

        var sameHost = records.FirstOrDefault(r => DnsNames.Same(r.Exchange.Value, host));
        return sameHost is not null
            ? RecordChecks.Problem(expected,
                $"The MX record points to `{host}` but with priority {sameHost.Preference} instead of {preference}.",
                $"Set the MX record's priority to {preference}.", found)
            : RecordChecks.Problem(expected,
                $"The MX record points to {string.Join(", ", found.Select(f => $"`{f}`"))} instead of `{expected.Value}`.",
                $"Change the MX record to priority {preference} and mail server `{host}`.", found);
    }
}
