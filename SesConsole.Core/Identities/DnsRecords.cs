namespace SesConsole.Core.Identities;

/// <summary>The DNS records SES asks a domain owner to publish.</summary>
internal static class DnsRecords
{
    public static DnsRecord Verification(string domain, string token) =>
        new(DnsRecordType.TXT, $"_amazonses.{domain}", token, DnsRecordRole.Verification);

    public static IReadOnlyList<DnsRecord> Dkim(string domain, IEnumerable<string> tokens) =>
        tokens.Select(token => new DnsRecord(
            DnsRecordType.CNAME, $"{token}._domainkey.{domain}", $"{token}.dkim.amazonses.com", DnsRecordRole.Dkim)).ToArray();

    public static IReadOnlyList<DnsRecord> MailFrom(string mailFromDomain, string region) =>
    [
        new(DnsRecordType.MX, mailFromDomain, $"10 feedback-smtp.{region}.amazonses.com", DnsRecordRole.MailFromMx),
        new(DnsRecordType.TXT, mailFromDomain, "\"v=spf1 include:amazonses.com ~all\"", DnsRecordRole.MailFromSpf),
    ];
}
