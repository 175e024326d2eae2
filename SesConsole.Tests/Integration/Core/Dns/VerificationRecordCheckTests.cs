using SesConsole.Core.Dns;

namespace SesConsole.Tests.Integration.Core.Dns;

[Trait("Category", "Integration")]
[Collection(DnsmasqCollection.Name)]
public sealed class VerificationRecordCheckTests(DnsmasqFixture dns)
{
    private async Task<DnsRecordCheck> CheckVerificationAsync(string domain)
    {
        var report = await dns.Checker().CheckAsync(domain, [SesRecords.Verification(domain)], CancellationToken.None);
        return Assert.Single(report.Records);
    }

    [Fact]
    public async Task TokenPublishedAsGivenIsCorrect()
    {
        var check = await CheckVerificationAsync("ok.test");

        Assert.Equal(DnsCheckState.PublishedCorrectly, check.State);
        Assert.Null(check.Fix);
        Assert.Equal([SesRecords.Token], check.FoundValues);
    }

    [Fact]
    public async Task DifferentTokenIsAProblemShowingTheValueFound()
    {
        var check = await CheckVerificationAsync("wrongtoken.test");

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Equal(["someone-elses-token"], check.FoundValues);
        Assert.Contains("someone-elses-token", check.Summary, StringComparison.Ordinal);
        Assert.Contains(SesRecords.Token, check.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordUnderDoubledDomainTellsToEnterOnlyTheShortName()
    {
        var check = await CheckVerificationAsync("doubled.test");

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("`_amazonses.doubled.test.doubled.test`", check.Summary, StringComparison.Ordinal);
        Assert.Contains("Enter only `_amazonses` as the record's name", check.Fix, StringComparison.Ordinal);
        Assert.Equal([SesRecords.Token], check.FoundValues);
    }

    [Fact]
    public async Task TokenWithoutTheUnderscoreIsAProblemBecauseSesLooksAtTheUnderscoreName()
    {
        var check = await CheckVerificationAsync("nounderscore.test");

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("`amazonses.nounderscore.test`", check.Summary, StringComparison.Ordinal);
        Assert.Contains("SES looks only at `_amazonses.nounderscore.test`", check.Summary, StringComparison.Ordinal);
        Assert.Contains("`_amazonses`", check.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenWithAmazonsesPrefixIsCorrectWithANoteThatSesAcceptsIt()
    {
        var check = await CheckVerificationAsync("prefixed.test");

        Assert.Equal(DnsCheckState.PublishedCorrectly, check.State);
        Assert.Contains("`amazonses:` prefix, which SES accepts", check.Summary, StringComparison.Ordinal);
        Assert.Equal([$"amazonses:{SesRecords.Token}"], check.FoundValues);
    }

    [Fact]
    public async Task TokenSplitIntoSeveralStringsIsAProblem()
    {
        var check = await CheckVerificationAsync("split.test");

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("split", check.Summary, StringComparison.Ordinal);
        Assert.Equal([$"\"{SesRecords.Token[..20]}\" \"{SesRecords.Token[20..]}\""], check.FoundValues);
    }

    [Fact]
    public async Task TokenStoredWithItsQuoteMarksIsAProblem()
    {
        var check = await CheckVerificationAsync("quoted.test");

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("quote marks", check.Summary, StringComparison.Ordinal);
        Assert.Equal([$"\"{SesRecords.Token}\""], check.FoundValues);
    }

    [Fact]
    public async Task CnameWhereTheTxtRecordBelongsIsAProblem()
    {
        var check = await CheckVerificationAsync("ascname.test");

        Assert.Equal(DnsCheckState.PublishedWithProblem, check.State);
        Assert.Contains("A CNAME record pointing to `verify.example.net`", check.Summary, StringComparison.Ordinal);
        Assert.Contains("create a TXT record", check.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameThatDoesNotExistIsMissing()
    {
        var check = await CheckVerificationAsync("missing.test");

        Assert.Equal(DnsCheckState.Missing, check.State);
        Assert.Contains("does not exist", check.Summary, StringComparison.Ordinal);
        Assert.Contains("named `_amazonses`", check.Fix, StringComparison.Ordinal);
        Assert.Empty(check.FoundValues);
    }
}
