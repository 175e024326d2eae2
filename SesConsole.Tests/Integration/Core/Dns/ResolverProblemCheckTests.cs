using SesConsole.Core.Dns;
using SesConsole.Tests.Support.Dns;

namespace SesConsole.Tests.Integration.Core.Dns;

[Trait("Category", "Integration")]
[Collection(DnsmasqCollection.Name)]
public sealed class ResolverProblemCheckTests(DnsmasqFixture dns)
{
    [Fact]
    public async Task ServerThatNeverAnswersIsReportedAsTimedOutNotMissing()
    {
        await using var silent = new SilentDnsServer();
        var checker = dns.Checker(silent.Endpoint, TimeSpan.FromMilliseconds(300));

        var report = await checker.CheckAsync("ok.test", [SesRecords.Verification("ok.test")], CancellationToken.None);

        var check = Assert.Single(report.Records);
        Assert.Equal(DnsCheckState.ResolverTimedOut, check.State);
        Assert.Equal("The DNS server did not answer in 0.3 s; this says nothing about the record.", check.Summary);
        Assert.Equal($"{silent.Endpoint} (no answer)", report.Resolver);
    }

    [Fact]
    public async Task RecordsAreLookedUpConcurrently()
    {
        await using var silent = new SilentDnsServer();
        var timeout = TimeSpan.FromSeconds(1);
        var checker = dns.Checker(silent.Endpoint, timeout);

        var report = await checker.CheckAsync("ok.test", SesRecords.All("ok.test"), CancellationToken.None);

        // One after another, each query would wait out the previous one's full timeout.
        Assert.All(report.Records, r => Assert.Equal(DnsCheckState.ResolverTimedOut, r.State));
        var arrivals = silent.Arrivals;
        Assert.Equal(6, arrivals.Count);
        Assert.True(arrivals[^1] - arrivals[0] < timeout / 2, $"Queries arrived over {arrivals[^1] - arrivals[0]}.");
    }

    [Fact]
    public async Task RefusedQueryIsReportedAsResolverFailed()
    {
        // dnsmasq has no upstream, so it refuses every name outside .test.
        var report = await dns.Checker().CheckAsync(
            "example.org", [SesRecords.Verification("example.org")], CancellationToken.None);

        var check = Assert.Single(report.Records);
        Assert.Equal(DnsCheckState.ResolverFailed, check.State);
        Assert.Contains("answered REFUSED", check.Summary, StringComparison.Ordinal);
        Assert.Contains("says nothing about the record", check.Summary, StringComparison.Ordinal);
    }
}
