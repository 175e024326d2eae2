using SesConsole.Core.Dns;
using SesConsole.Core.Identities;

namespace SesConsole.Tests.Unit.Web;

[Trait("Category", "Unit")]
public class DnsRecordExportTests
{
    private static readonly DnsRecord Txt = new(DnsRecordType.TXT, "_amazonses.example.com", "pmBGN/7Mjnfh+KUZ06=", DnsRecordRole.Verification);
    private static readonly DnsRecord Cname = new(DnsRecordType.CNAME, "abc123._domainkey.example.com", "abc123.dkim.amazonses.com", DnsRecordRole.Dkim);
    private static readonly DnsRecord Mx = new(DnsRecordType.MX, "mail.example.com", "10 feedback-smtp.us-east-1.amazonses.com", DnsRecordRole.MailFromMx);
    private static readonly DnsRecord Spf = new(DnsRecordType.TXT, "mail.example.com", "\"v=spf1 include:amazonses.com ~all\"", DnsRecordRole.MailFromSpf);

    [Fact]
    public void CsvStartsWithTheAwsConsoleHeaderAndListsEachRecord()
    {
        var csv = DnsRecordExport.ToCsv([Txt, Cname]);

        Assert.Equal(
            "Type,Name,Value\r\n" +
            "TXT,_amazonses.example.com,pmBGN/7Mjnfh+KUZ06=\r\n" +
            "CNAME,abc123._domainkey.example.com,abc123.dkim.amazonses.com\r\n",
            csv);
    }

    [Fact]
    public void CsvQuotesValuesThatHoldQuotesOrCommas()
    {
        var csv = DnsRecordExport.ToCsv([Spf, new DnsRecord(DnsRecordType.TXT, "a.example.com", "x,y", DnsRecordRole.Verification)]);

        Assert.Contains("TXT,mail.example.com,\"\"\"v=spf1 include:amazonses.com ~all\"\"\"\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("TXT,a.example.com,\"x,y\"\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void ZoneFileWritesTxtWithQuotedValueAndAbsoluteName()
    {
        Assert.Equal("_amazonses.example.com. 1800 IN TXT \"pmBGN/7Mjnfh+KUZ06=\"\n", DnsRecordExport.ToZoneFile([Txt]));
    }

    [Fact]
    public void ZoneFileWritesCnameTargetsWithTrailingDots()
    {
        Assert.Equal(
            "abc123._domainkey.example.com. 1800 IN CNAME abc123.dkim.amazonses.com.\n",
            DnsRecordExport.ToZoneFile([Cname]));
    }

    [Fact]
    public void ZoneFileWritesMxPriorityAndAbsoluteHost()
    {
        Assert.Equal(
            "mail.example.com. 300 IN MX 10 feedback-smtp.us-east-1.amazonses.com.\n",
            DnsRecordExport.ToZoneFile([Mx], ttl: 300));
    }

    [Fact]
    public void ZoneFileDoesNotQuoteAnAlreadyQuotedSpfValueTwice()
    {
        Assert.Equal(
            "mail.example.com. 1800 IN TXT \"v=spf1 include:amazonses.com ~all\"\n",
            DnsRecordExport.ToZoneFile([Spf]));
    }

    [Fact]
    public void ZoneFileSplitsTxtValuesLongerThan255Characters()
    {
        var value = new string('a', 300);

        var line = DnsRecordExport.ToZoneFile([new DnsRecord(DnsRecordType.TXT, "x.example.com", value, DnsRecordRole.Verification)]);

        Assert.Equal($"x.example.com. 1800 IN TXT \"{new string('a', 255)}\" \"{new string('a', 45)}\"\n", line);
    }

    [Fact]
    public void ZoneFileEscapesQuotesAndBackslashesInTxtValues()
    {
        var line = DnsRecordExport.ToZoneFile([new DnsRecord(DnsRecordType.TXT, "x.example.com", "a\"b\\c", DnsRecordRole.Verification)]);

        Assert.Equal("x.example.com. 1800 IN TXT \"a\\\"b\\\\c\"\n", line);
    }

    [Theory]
    [InlineData("_amazonses.example.com", "example.com", "_amazonses")]
    [InlineData("abc._domainkey.example.com", "example.com", "abc._domainkey")]
    [InlineData("example.com", "example.com", "@")]
    [InlineData("_amazonses.EXAMPLE.com.", "example.com", "_amazonses")]
    [InlineData("other.org", "example.com", "other.org")]
    public void RelativeNameStripsTheDomain(string name, string domain, string expected)
    {
        Assert.Equal(expected, DnsRecordExport.RelativeName(name, domain));
    }

    [Fact]
    public void CsvFileNameNamesTheDomain()
    {
        Assert.Equal("example.com-dns-records.csv", DnsRecordExport.CsvFileName("example.com"));
    }
}
