using DnsClient.Protocol;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Dns;

/// <summary>The MAIL FROM domain's SPF TXT record: any SPF record will do as long as it includes amazonses.com.</summary>
internal static class SpfDiagnosis
{
    private const string Include = "include:amazonses.com";

    public static DnsRecordCheck? Diagnose(DnsRecord expected, DnsAnswer answer, string name)
    {
        var records = answer.RecordsAt<TxtRecord>(name).ToList();
        var found = records.Select(DnsValues.Format).ToArray();
        var values = records.Select(DnsValues.Joined).ToList();
        var spf = values.Where(IsSpfValue).ToList();

        if (spf.Count > 1)
        {
            return RecordChecks.Problem(expected,
                $"There are {spf.Count} SPF records at `{name}`; receivers treat more than one as an error.",
                $"Merge them into one record that contains `{Include}`.", found);
        }

        if (spf.Count == 1)
        {
            var includesSes = spf[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(term => term.Equals(Include, StringComparison.OrdinalIgnoreCase));
            return includesSes
                ? RecordChecks.Correct(expected, $"The SPF record contains `{Include}`.", found)
                : RecordChecks.Problem(expected,
                    $"The SPF record does not contain `{Include}`: found `{spf[0]}`.",
                    $"Add `{Include}` before the final `all` of that record.", found);
        }

        if (values.Any(v => IsSpfValue(DnsValues.Unquote(v.Trim()))))
        {
            return RecordChecks.Problem(expected,
                "The SPF record has quote marks or spaces stored as part of its value, so receivers do not read it as SPF.",
                "Remove the extra quote marks and spaces so the value starts with `v=spf1`.", found);
        }

        return null;
    }

    private static bool IsSpfValue(string value) =>
        value.Equals("v=spf1", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("v=spf1 ", StringComparison.OrdinalIgnoreCase);
}
