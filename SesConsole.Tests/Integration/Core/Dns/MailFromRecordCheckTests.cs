using SesConsole.Core.Dns;
using SesConsole.Core.Identities;

namespace SesConsole.Tests.Integration.Core.Dns;

[Trait("Category", "Integration")]
[Collection(DnsmasqCollection.Name)]
public sealed class MailFromRecordCheckTests(DnsmasqFixture dns)
{
    private async Task<DnsRecordCheck> CheckAsync(string domain, DnsRecord record)
    {
        var report = await dns.Checker().CheckAsync(domain, [record], CancellationToken.None);
        return Assert.Single(report.Records);
    }

    [Fact]
    public async Task MxWithSesHostAndPriorityTenIsCorrect()
    {
        var check = await CheckAsync("ok.test", SesRecords.MailFromMx("ok.test"));

        Assert.Equal(DnsCheckState.PublishedCorrectly, check.State);
        Assert.Equal(["10 feedback-smtp.us-east-1.amazonses.com"], check.FoundValues);
    }

    [Fact]
    public async Task MxWithAnotherHostSaysWhichHost()
    {
        var check = await CheckAsync("mxhost.test", SesRecords.MailFromMx("mxhost.test"));

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("`10 feedback-smtp.eu-west-1.amazonses.com`", check.Summary, StringComparison.Ordinal);
        Assert.Contains("`feedback-smtp.us-east-1.amazonses.com`", check.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MxWithAnotherPriorityAsksForPriorityTen()
    {
        var check = await CheckAsync("mxprio.test", SesRecords.MailFromMx("mxprio.test"));

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("priority 20 instead of 10", check.Summary, StringComparison.Ordinal);
        Assert.Equal("Set the MX record's priority to 10.", check.Fix);
    }

    [Fact]
    public async Task SpfIncludingAmazonsesIsCorrect()
    {
        var check = await CheckAsync("ok.test", SesRecords.MailFromSpf("ok.test"));

        Assert.Equal(DnsCheckState.PublishedCorrectly, check.State);
        Assert.Equal(["v=spf1 include:amazonses.com ~all"], check.FoundValues);
    }

    [Fact]
    public async Task SpfWithoutTheAmazonsesIncludeIsAProblem()
    {
        var check = await CheckAsync("spfnoinclude.test", SesRecords.MailFromSpf("spfnoinclude.test"));

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("does not contain `include:amazonses.com`", check.Summary, StringComparison.Ordinal);
        Assert.Contains("v=spf1 include:_spf.example.net ~all", check.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralSpfRecordsAreAProblem()
    {
        var check = await CheckAsync("spftwo.test", SesRecords.MailFromSpf("spftwo.test"));

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("There are 2 SPF records", check.Summary, StringComparison.Ordinal);
        Assert.Equal(2, check.FoundValues.Count);
    }

    [Fact]
    public async Task SpfStoredWithItsQuoteMarksIsAProblem()
    {
        var check = await CheckAsync("spfquoted.test", SesRecords.MailFromSpf("spfquoted.test"));

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("receivers do not read it as SPF", check.Summary, StringComparison.Ordinal);
        Assert.Equal(["\"v=spf1 include:amazonses.com ~all\""], check.FoundValues);
    }

    [Fact]
    public async Task OnlyOtherTxtRecordsMeansTheSpfRecordIsMissing()
    {
        var check = await CheckAsync("spfother.test", SesRecords.MailFromSpf("spfother.test"));

        Assert.Equal(DnsCheckState.Missing, check.State);
        Assert.Contains("has no SPF record, only `site-verification=abc`", check.Summary, StringComparison.Ordinal);
        Assert.Equal(["site-verification=abc"], check.FoundValues);
    }

    [Fact]
    public async Task NameWithAnMxButNoTxtRecordIsMissingItsSpfRecord()
    {
        var check = await CheckAsync("nospf.test", SesRecords.MailFromSpf("nospf.test"));

        Assert.Equal(DnsCheckState.Missing, check.State);
        Assert.Equal("`mail.nospf.test` has no SPF record.", check.Summary);
    }
}
