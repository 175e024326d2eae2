using DnsClient.Protocol;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Dns;

/// <summary>A DKIM CNAME that must point at SES.</summary>
internal static class CnameDiagnosis
{
    public static DnsRecordCheck? Diagnose(DnsRecord expected, DnsAnswer answer, string name, string domain)
    {
        var record = answer.RecordsAt<CNameRecord>(name).FirstOrDefault();
        if (record is null)
        {
            return null;
        }

        var target = DnsNames.Normalize(record.CanonicalName.Value);
        var want = DnsNames.Normalize(expected.Value);
        string[] found = [target];
        if (target == want)
        {
            return RecordChecks.Correct(expected, $"The CNAME points to `{want}`.", found);
        }

        return target == $"{want}.{domain}"
            ? RecordChecks.Problem(expected,
                $"The CNAME points to `{target}`: your DNS host added `{domain}` to the value.",
                $"Enter the value with a trailing dot, `{want}.`, so the host keeps it as it is.", found)
            : RecordChecks.Problem(expected,
                $"The CNAME points to `{target}` instead of `{want}`.",
                $"Change the CNAME's value to `{want}`.", found);
    }
}
