using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Dns;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;

namespace SesConsole.Tests.Integration.Web.Dns;

/// <summary>"Check DNS now" on the identity details page, with the real checker asking a real dnsmasq.</summary>
[Trait("Category", "Integration")]
public sealed class DnsCheckPanelTests(MixedDnsFixture dns) : WebTestContext, IClassFixture<MixedDnsFixture>
{
    /// <summary>Longer than the render default: these answers come from a real dnsmasq.</summary>
    private static new readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private IRenderedComponent<IdentityDetailsPage> RenderDetails(IDnsRecordChecker? checker = null)
    {
        Time.SetUtcNow(new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero));
        if (checker is not null)
        {
            Services.AddSingleton(checker);
        }

        Fake.Details[$"us-east-1/{MixedDnsFixture.Domain}"] = new IdentityDetails(
            MixedDnsFixture.Domain, IdentityKind.Domain, VerificationStatus.Pending, MixedDnsFixture.Token, null,
            new DkimInfo(true, VerificationStatus.Pending, MixedDnsFixture.DkimTokens),
            new MailFromInfo($"bounce.{MixedDnsFixture.Domain}", VerificationStatus.Pending, "UseDefaultValue"),
            MixedDnsFixture.Records);
        RenderProviders();
        var cut = Render<IdentityDetailsPage>(p => p.Add(x => x.Identity, MixedDnsFixture.Domain));
        cut.WaitForElement("button[data-testid=check-dns]", Patience);
        return cut;
    }

    [Fact]
    public void CheckDnsNowShowsEachRecordsStateFoundValuesAndFix()
    {
        var cut = RenderDetails(dns.Checker(Time));

        cut.Find("button[data-testid=check-dns]").Click();

        cut.WaitForElement("[data-testid=dns-check-report]", Patience);
        var checks = cut.FindAll("[data-testid=dns-check]");
        Assert.Equal(MixedDnsFixture.Records.Select(r => r.Name), checks.Select(c => c.QuerySelector("[data-testid=dns-check-name]")!.TextContent));
        Assert.Equal(
            ["PublishedCorrectly", "PublishedCorrectly", "Missing", "PublishedWithProblem", "PublishedWithProblem"],
            checks.Select(c => c.GetAttribute("data-state")));
        Assert.Equal(
            ["Published correctly", "Published correctly", "Missing", "Published with a problem", "Published with a problem"],
            checks.Select(c => c.QuerySelector("[data-testid=dns-check-state]")!.TextContent.Trim()));

        var wrong = checks[3];
        Assert.Equal([$"{MixedDnsFixture.DkimTokens[2]}.dkim.example.net"],
            wrong.QuerySelectorAll("[data-testid=dns-check-found-value]").Select(v => v.TextContent));
        Assert.Contains($"Change the CNAME's value to {MixedDnsFixture.DkimTokens[2]}.dkim.amazonses.com",
            wrong.QuerySelector("[data-testid=dns-check-fix]")!.TextContent, StringComparison.Ordinal);

        var appended = checks[4];
        Assert.Contains($"bounce.{MixedDnsFixture.Domain}.{MixedDnsFixture.Domain}", appended.QuerySelector("[data-testid=dns-check-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter only bounce as the record's name", appended.QuerySelector("[data-testid=dns-check-fix]")!.TextContent, StringComparison.Ordinal);

        var missing = checks[2];
        Assert.Contains($"Create a CNAME record named {MixedDnsFixture.DkimTokens[1]}._domainkey", missing.QuerySelector("[data-testid=dns-check-fix]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(checks[0].QuerySelectorAll("[data-testid=dns-check-fix]"));

        Assert.Equal("2 of 5 records are published correctly.", cut.Find("[data-testid=dns-check-headline]").TextContent);
        Assert.Contains("2025-03-14 09:26:53 UTC", cut.Find("[data-testid=dns-check-when]").TextContent, StringComparison.Ordinal);
        Assert.Equal(dns.Server.Endpoint, cut.Find("[data-testid=dns-check-resolver]").TextContent);
    }

    [Fact]
    public async Task ASilentDnsServerIsReportedAsTimedOutNotMissing()
    {
        await using var silent = new SilentDnsServer();
        var cut = RenderDetails(dns.Checker(Time, silent.Endpoint, TimeSpan.FromMilliseconds(300)));

        cut.Find("button[data-testid=check-dns]").Click();

        cut.WaitForElement("[data-testid=dns-check-report]", Patience);
        Assert.All(cut.FindAll("[data-testid=dns-check]"), c => Assert.Equal("ResolverTimedOut", c.GetAttribute("data-state")));
        Assert.All(cut.FindAll("[data-testid=dns-check-state]"), s => Assert.Equal("DNS server timed out", s.TextContent.Trim()));
        Assert.Contains("could not be checked because the DNS server did not give an answer", cut.Find("[data-testid=dns-check-headline]").TextContent, StringComparison.Ordinal);
        Assert.Equal($"{silent.Endpoint} (no answer)", cut.Find("[data-testid=dns-check-resolver]").TextContent);
    }

    [Fact]
    public void NothingIsLookedUpUntilAskedAndTheButtonShowsProgressWhileChecking()
    {
        DnsChecker.Gate = new TaskCompletionSource();
        var cut = RenderDetails();
        Assert.Empty(DnsChecker.Calls);
        Assert.Equal("Check DNS now", cut.Find("button[data-testid=check-dns]").TextContent.Trim());

        cut.Find("button[data-testid=check-dns]").Click();

        cut.WaitForAssertion(() => Assert.True(cut.Find("button[data-testid=check-dns]").HasAttribute("disabled")), Patience);
        Assert.Contains("Checking", cut.Find("button[data-testid=check-dns]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=dns-check-loading]"));
        var call = Assert.Single(DnsChecker.Calls);
        Assert.Equal(MixedDnsFixture.Domain, call.Domain);
        Assert.Equal(MixedDnsFixture.Records, call.Records);

        DnsChecker.Gate.SetResult();
        cut.WaitForElement("[data-testid=dns-check-report]", Patience);
        Assert.Equal("Check again", cut.Find("button[data-testid=check-dns]").TextContent.Trim());
        cut.Find("button[data-testid=check-dns]").Click();
        cut.WaitForAssertion(() => Assert.Equal(2, DnsChecker.Calls.Count), Patience);
    }
}
