using SesConsole.Core.Dns;

namespace SesConsole.Tests.Integration.Core.Dns;

[Trait("Category", "Integration")]
[Collection(DnsmasqCollection.Name)]
public sealed class DkimRecordCheckTests(DnsmasqFixture dns)
{
    private async Task<DnsRecordCheck> CheckDkimAsync(string domain)
    {
        var report = await dns.Checker().CheckAsync(domain, [SesRecords.Dkim(domain, "tokone")], CancellationToken.None);
        return Assert.Single(report.Records);
    }

    [Fact]
    public async Task CnamePointingAtSesIsCorrect()
    {
        var check = await CheckDkimAsync("ok.test");

        Assert.Equal(DnsCheckState.PublishedCorrectly, check.State);
        Assert.Equal(["tokone.dkim.amazonses.com"], check.FoundValues);
    }

    [Fact]
    public async Task CnamePointingElsewhereSaysWhere()
    {
        var check = await CheckDkimAsync("elsewhere.test");

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("points to `tokone.dkim.example.net` instead of `tokone.dkim.amazonses.com`", check.Summary, StringComparison.Ordinal);
        Assert.Equal(["tokone.dkim.example.net"], check.FoundValues);
    }

    [Fact]
    public async Task CnameTargetWithTheDomainAppendedSaysTheHostAddedIt()
    {
        var check = await CheckDkimAsync("appended.test");

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("added `appended.test` to the value", check.Summary, StringComparison.Ordinal);
        Assert.Contains("`tokone.dkim.amazonses.com.`", check.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TxtRecordWhereTheCnameBelongsIsAProblem()
    {
        var check = await CheckDkimAsync("astxt.test");

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("A TXT record is published", check.Summary, StringComparison.Ordinal);
        Assert.Contains("create a CNAME record", check.Fix, StringComparison.Ordinal);
        Assert.Equal(["tokone.dkim.amazonses.com"], check.FoundValues);
    }

    [Fact]
    public async Task CnameUnderDoubledDomainTellsToEnterOnlyTheShortName()
    {
        var check = await CheckDkimAsync("dkimdoubled.test");

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("Enter only `tokone._domainkey` as the record's name", check.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingCnameIsMissing()
    {
        var check = await CheckDkimAsync("missing.test");

        Assert.Equal(DnsCheckState.Missing, check.State);
        Assert.Contains("CNAME record named `tokone._domainkey`", check.Fix, StringComparison.Ordinal);
    }
}
