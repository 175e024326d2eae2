using DnsClient.Protocol;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Dns;

/// <summary>A CNAME where SES wants a TXT or MX record, or a TXT record where SES wants a CNAME.</summary>
internal static class WrongTypeDiagnosis
{
    public static DnsRecordCheck? CnameInstead(DnsRecord expected, DnsAnswer answer, string name)
    {
        var cname = answer.RecordsAt<CNameRecord>(name).FirstOrDefault();
        return expected.Type == DnsRecordType.CNAME || cname is null
            ? null
            : RecordChecks.Problem(expected,
                $"A CNAME record pointing to `{DnsNames.Normalize(cname.CanonicalName.Value)}` is published at `{name}`, where SES expects a {expected.Type} record.",
                $"Delete the CNAME record and create a {expected.Type} record with the value `{expected.Value}`.",
                [DnsValues.Format(cname)]);
    }

    public static DnsRecordCheck? TxtInstead(DnsRecord expected, DnsAnswer answer, string name)
    {
        var found = answer.RecordsAt<TxtRecord>(name).Select(DnsValues.Format).ToArray();
        return found.Length == 0
            ? null
            : RecordChecks.Problem(expected,
                $"A TXT record is published at `{name}`, where SES expects a CNAME record.",
                $"Delete the TXT record and create a CNAME record pointing to `{expected.Value}`.",
                found);
    }
}
