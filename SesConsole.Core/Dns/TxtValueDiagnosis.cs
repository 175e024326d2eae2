using DnsClient.Protocol;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Dns;

/// <summary>A TXT record that must hold one exact value: the <c>_amazonses</c> verification token.</summary>
internal static class TxtValueDiagnosis
{
    private const string SesPrefix = "amazonses:";

    public static DnsRecordCheck? Diagnose(DnsRecord expected, DnsAnswer answer, string name)
    {
        var records = answer.RecordsAt<TxtRecord>(name).ToList();
        if (records.Count == 0)
        {
            return null;
        }

        var found = records.Select(DnsValues.Format).ToArray();
        var want = DnsValues.Unquote(expected.Value);
        var prefixAllowed = expected.Role == DnsRecordRole.Verification;
        var single = records.Where(r => r.Text.Count == 1).Select(r => r.Text.First()).ToList();

        if (single.Contains(want))
        {
            return RecordChecks.Correct(expected, "The TXT record holds the expected value.", found);
        }

        if (prefixAllowed && single.Contains(SesPrefix + want))
        {
            return RecordChecks.Correct(expected,
                $"The TXT record holds the token with the `{SesPrefix}` prefix, which SES accepts.", found);
        }

        if (records.Any(r => DnsValues.Joined(r) == want || (prefixAllowed && DnsValues.Joined(r) == SesPrefix + want)))
        {
            return RecordChecks.Problem(expected,
                "The TXT value is split into several quoted strings instead of one.",
                $"Enter the value as one string, exactly `{want}`.", found);
        }

        if (records.Any(r => DnsValues.Unquote(DnsValues.Joined(r).Trim()).Trim() == want))
        {
            return RecordChecks.Problem(expected,
                "The TXT value has quote marks or spaces stored as part of it.",
                $"Remove the extra quote marks and spaces so the value is exactly `{want}`.", found);
        }

        return RecordChecks.Problem(expected,
            $"The TXT value differs from the expected one: found {string.Join(", ", found.Select(f => $"`{f}`"))}.",
            $"Replace the value with `{want}`.", found);
    }
}
