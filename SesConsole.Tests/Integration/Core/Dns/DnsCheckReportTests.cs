using SesConsole.Core.Dns;
using SesConsole.Core.Identities;

namespace SesConsole.Tests.Integration.Core.Dns;

[Trait("Category", "Integration")]
[Collection(DnsmasqCollection.Name)]
public sealed class DnsCheckReportTests(DnsmasqFixture dns)
{
    [Fact]
    public async Task CorrectDomainHasEveryRecordPublishedCorrectlyInTheGivenOrder()
    {
        var expected = SesRecords.All("ok.test");

        var report = await dns.Checker().CheckAsync("ok.test", expected, CancellationToken.None);

        Assert.Equal("ok.test", report.Domain);
        Assert.Equal(expected, report.Records.Select(r => r.Expected));
        Assert.All(report.Records, r => Assert.Equal(DnsCheckState.PublishedCorrectly, r.State));
    }

    [Fact]
    public async Task ReportCarriesTheCheckTimeAndTheServerThatAnswered()
    {
        var report = await dns.Checker().CheckAsync("ok.test", [SesRecords.Verification("ok.test")], CancellationToken.None);

        Assert.Equal(dns.Time.GetUtcNow(), report.CheckedAt);
        Assert.Equal(dns.Server.Endpoint, report.Resolver);
    }

    [Theory]
    [InlineData("Example.com")]
    [InlineData("example.com.")]
    [InlineData("")]
    [InlineData("not a domain")]
    [InlineData("localhost")]
    [InlineData("-bad.example.com")]
    public async Task DomainThatIsNotALowerCaseNameIsRefused(string domain)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => dns.Checker().CheckAsync(domain, [SesRecords.Verification("ok.test")], CancellationToken.None));

        Assert.Contains("is not a domain name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordOutsideTheDomainIsRefused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => dns.Checker().CheckAsync("ok.test", [SesRecords.Verification("other.test")], CancellationToken.None));

        Assert.Contains("'_amazonses.other.test' is not a name inside 'ok.test'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordNameInUpperCaseIsRefused()
    {
        var record = SesRecords.Verification("ok.test") with { Name = "_amazonses.OK.test" };

        await Assert.ThrowsAsync<ArgumentException>(
            () => dns.Checker().CheckAsync("ok.test", [record], CancellationToken.None));
    }

    [Fact]
    public async Task MxRecordWithoutPriorityAndHostIsRefused()
    {
        var record = new DnsRecord(DnsRecordType.MX, "mail.ok.test", "feedback-smtp.us-east-1.amazonses.com", DnsRecordRole.MailFromMx);

        await Assert.ThrowsAsync<ArgumentException>(
            () => dns.Checker().CheckAsync("ok.test", [record], CancellationToken.None));
    }
}
