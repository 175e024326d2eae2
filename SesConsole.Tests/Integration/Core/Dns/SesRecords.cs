using SesConsole.Core.Identities;

namespace SesConsole.Tests.Integration.Core.Dns;

/// <summary>The records SES asks for, in the shapes the identity service hands the checker.</summary>
internal static class SesRecords
{
    public const string Token = "pmBGN/7MjnfhTKUZ06Enqq1PeGUaOkw8lGhcfwefcHU=";
    public const string Region = "us-east-1";

    public static DnsRecord Verification(string domain) =>
        new(DnsRecordType.TXT, $"_amazonses.{domain}", Token, DnsRecordRole.Verification);

    public static DnsRecord Dkim(string domain, string token) =>
        new(DnsRecordType.CNAME, $"{token}._domainkey.{domain}", $"{token}.dkim.amazonses.com", DnsRecordRole.Dkim);

    public static DnsRecord MailFromMx(string domain) =>
        new(DnsRecordType.MX, $"mail.{domain}", $"10 feedback-smtp.{Region}.amazonses.com", DnsRecordRole.MailFromMx);

    public static DnsRecord MailFromSpf(string domain) =>
        new(DnsRecordType.TXT, $"mail.{domain}", "\"v=spf1 include:amazonses.com ~all\"", DnsRecordRole.MailFromSpf);

    public static IReadOnlyList<DnsRecord> All(string domain) =>
    [
        Verification(domain),
        Dkim(domain, "tokone"),
        Dkim(domain, "toktwo"),
        Dkim(domain, "tokthree"),
        MailFromMx(domain),
        MailFromSpf(domain),
    ];
}
