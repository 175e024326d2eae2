using System.Net;
using System.Net.Sockets;
using DnsClient;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Dns;
using SesConsole.Tests.Support.LocalSes;
using SesConsole.Tests.Support.Ses;

using static SesConsole.Tests.Support.Ses.SesReply;

namespace SesConsole.Tests.Integration.LocalSes;

/// <summary>Domain, DKIM and MAIL FROM verification through a real DNS server (dnsmasq) in the background sweep.</summary>
[Trait("Category", "Integration")]
public sealed class DnsVerificationTests
{
    [Fact]
    public async Task DomainBecomesSuccessWhenItsTxtRecordIsPublished()
    {
        using var folder = new TempFolder();
        await using var ses = await LocalSesHarness.StartAsync(directory: folder.Path);
        var token = await VerifyDomainAsync(ses, "example.test");
        var prefixed = await VerifyDomainAsync(ses, "prefixed.test");
        await VerifyDomainAsync(ses, "unpublished.test");
        var wrongToken = await VerifyDomainAsync(ses, "wrong.test");
        await using var dns = await DnsmasqServer.StartAsync(
            [
                $"--txt-record=_amazonses.example.test,{token}",
                $"--txt-record=_amazonses.prefixed.test,amazonses:{prefixed}",
                $"--txt-record=_amazonses.wrong.test,{wrongToken}x",
            ], CancellationToken.None);
        await using var checking = await LocalSesHarness.StartAsync(o => o.DnsServers = [dns.Endpoint], directory: folder.Path);
        await ses.DisposeAsync();

        await checking.Server.CheckDomainsNowAsync(CancellationToken.None);

        var statuses = await StatusesAsync(checking, "example.test", "prefixed.test", "unpublished.test", "wrong.test");
        Assert.Equal("Success", statuses["example.test"]);
        Assert.Equal("Success", statuses["prefixed.test"]);
        Assert.Equal("Pending", statuses["unpublished.test"]);
        Assert.Equal("Pending", statuses["wrong.test"]);
    }

    [Fact]
    public async Task DomainBecomesSuccessWhenItsThreeDkimCnamesArePublished()
    {
        using var folder = new TempFolder();
        await using var ses = await LocalSesHarness.StartAsync(directory: folder.Path);
        var tokens = Members((await ses.CallAsync("VerifyDomainDkim", ("Domain", "dkim.test"))).Result("VerifyDomainDkim").Element(Ns + "DkimTokens"));
        var records = tokens.SelectMany(t => new[]
        {
            $"--host-record={t}.dkim.amazonses.com,127.0.0.2",
            $"--cname={t}._domainkey.dkim.test,{t}.dkim.amazonses.com",
        }).ToArray();
        await using var dns = await DnsmasqServer.StartAsync(records, CancellationToken.None);
        await using var checking = await LocalSesHarness.StartAsync(o => o.DnsServers = [dns.Endpoint], directory: folder.Path);
        await ses.DisposeAsync();

        await checking.Server.CheckDomainsNowAsync(CancellationToken.None);

        var dkim = Entries((await checking.CallAsync("GetIdentityDkimAttributes", LocalSesHarness.Identities("dkim.test")))
            .Result("GetIdentityDkimAttributes").Element(Ns + "DkimAttributes"));
        Assert.Equal("Success", dkim["dkim.test"].Element(Ns + "DkimVerificationStatus")!.Value);
        Assert.Equal("Success", (await StatusesAsync(checking, "dkim.test"))["dkim.test"]);
    }

    [Fact]
    public async Task MailFromDomainBecomesSuccessWhenItsMxRecordIsPublished()
    {
        using var folder = new TempFolder();
        await using var ses = await LocalSesHarness.StartAsync(directory: folder.Path);
        await VerifyDomainAsync(ses, "mx.test");
        (await ses.CallAsync("SetIdentityMailFromDomain", ("Identity", "mx.test"), ("MailFromDomain", "bounce.mx.test"))).Result("SetIdentityMailFromDomain");
        await using var dns = await DnsmasqServer.StartAsync(["--mx-host=bounce.mx.test,feedback-smtp.us-east-1.amazonses.com,10"], CancellationToken.None);
        await using var checking = await LocalSesHarness.StartAsync(o => o.DnsServers = [dns.Endpoint], directory: folder.Path);
        await ses.DisposeAsync();

        await checking.Server.CheckDomainsNowAsync(CancellationToken.None);

        var attributes = Entries((await checking.CallAsync("GetIdentityMailFromDomainAttributes", LocalSesHarness.Identities("mx.test")))
            .Result("GetIdentityMailFromDomainAttributes").Element(Ns + "MailFromDomainAttributes"));
        Assert.Equal("Success", attributes["mx.test"].Element(Ns + "MailFromDomainStatus")!.Value);
    }

    [Fact]
    public async Task ADnsServerThatNeverAnswersLeavesTheDomainPending()
    {
        using var folder = new TempFolder();
        using var silent = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var silentAddress = $"127.0.0.1:{((IPEndPoint)silent.Client.LocalEndPoint!).Port}";
        await using var ses = await LocalSesHarness.StartAsync(o =>
        {
            o.DnsServers = [silentAddress];
            o.DnsLookupTimeout = TimeSpan.FromMilliseconds(300);
        }, directory: folder.Path);
        await VerifyDomainAsync(ses, "silent.test");

        await ses.Server.CheckDomainsNowAsync(CancellationToken.None);

        Assert.Equal("Pending", (await StatusesAsync(ses, "silent.test"))["silent.test"]);
    }

    [Fact]
    public async Task BackgroundSweepVerifiesWithoutBeingAsked()
    {
        using var folder = new TempFolder();
        await using var ses = await LocalSesHarness.StartAsync(directory: folder.Path);
        var token = await VerifyDomainAsync(ses, "background.test");
        await using var dns = await DnsmasqServer.StartAsync([$"--txt-record=_amazonses.background.test,{token}"], CancellationToken.None);
        await using var checking = await LocalSesHarness.StartAsync(
            o =>
            {
                o.DnsServers = [dns.Endpoint];
                o.DnsCheckInterval = TimeSpan.FromMilliseconds(100);
            },
            directory: folder.Path);
        await ses.DisposeAsync();

        var deadline = DateTime.UtcNow.AddSeconds(15);
        string? status;
        while ((status = (await StatusesAsync(checking, "background.test"))["background.test"]) != "Success" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal("Success", status);
    }

    private static async Task<string> VerifyDomainAsync(LocalSesHarness ses, string domain) =>
        (await ses.CallAsync("VerifyDomainIdentity", ("Domain", domain))).Result("VerifyDomainIdentity").Element(Ns + "VerificationToken")!.Value;

    private static async Task<IReadOnlyDictionary<string, string>> StatusesAsync(LocalSesHarness ses, params string[] identities)
    {
        var result = (await ses.CallAsync("GetIdentityVerificationAttributes", LocalSesHarness.Identities(identities))).Result("GetIdentityVerificationAttributes");
        return Entries(result.Element(Ns + "VerificationAttributes")).ToDictionary(e => e.Key, e => e.Value.Element(Ns + "VerificationStatus")!.Value);
    }
}
