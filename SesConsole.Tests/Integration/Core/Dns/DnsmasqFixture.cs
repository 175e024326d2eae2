using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Dns;
using SesConsole.Tests.Support.Dns;

namespace SesConsole.Tests.Integration.Core.Dns;

[CollectionDefinition(Name)]
public sealed class DnsmasqCollection : ICollectionFixture<DnsmasqFixture>
{
    public const string Name = "dnsmasq";
}

/// <summary>One dnsmasq for all DNS tests; each scenario lives under its own domain.</summary>
public sealed class DnsmasqFixture : IAsyncLifetime
{
    private const string Token = SesRecords.Token;
    private const string Spf = "v=spf1 include:amazonses.com ~all";
    private const string SesMx = "feedback-smtp.us-east-1.amazonses.com";

    public DnsmasqServer Server { get; private set; } = null!;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero));

    public IDnsRecordChecker Checker(string? server = null, TimeSpan? timeout = null) =>
        new DnsRecordChecker(
            Options.Create(new DnsCheckOptions
            {
                Servers = [server ?? Server.Endpoint],
                Timeout = timeout ?? TimeSpan.FromSeconds(2),
                Retries = 0,
            }),
            Time,
            NullLogger<DnsRecordChecker>.Instance);

    public async Task InitializeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        Server = await DnsmasqServer.StartAsync(Records(), cts.Token);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    private static string[] Records() =>
    [
        .. Correct("ok.test"),
        // Verification TXT variants.
        $"--txt-record=_amazonses.wrongtoken.test,someone-elses-token",
        $"--txt-record=_amazonses.doubled.test.doubled.test,{Token}",
        $"--txt-record=amazonses.nounderscore.test,{Token}",
        $"--txt-record=_amazonses.prefixed.test,amazonses:{Token}",
        $"--txt-record=_amazonses.split.test,{Token[..20]},{Token[20..]}",
        // On dnsmasq's command line quote marks are literal: this stores the quotes as part of the value.
        $"--txt-record=_amazonses.quoted.test,\"{Token}\"",
        "--cname=_amazonses.ascname.test,verify.example.net",
        // DKIM CNAME variants.
        "--cname=tokone._domainkey.elsewhere.test,tokone.dkim.example.net",
        "--cname=tokone._domainkey.appended.test,tokone.dkim.amazonses.com.appended.test",
        "--txt-record=tokone._domainkey.astxt.test,tokone.dkim.amazonses.com",
        "--cname=tokone._domainkey.dkimdoubled.test.dkimdoubled.test,tokone.dkim.amazonses.com",
        // MAIL FROM variants.
        "--mx-host=mail.mxhost.test,feedback-smtp.eu-west-1.amazonses.com,10",
        $"--mx-host=mail.mxprio.test,{SesMx},20",
        "--txt-record=mail.spfnoinclude.test,v=spf1 include:_spf.example.net ~all",
        $"--txt-record=mail.spftwo.test,{Spf}",
        "--txt-record=mail.spftwo.test,v=spf1 mx ~all",
        "--txt-record=mail.spfother.test,site-verification=abc",
        $"--txt-record=mail.spfquoted.test,\"{Spf}\"",
        $"--mx-host=mail.nospf.test,{SesMx},10",
    ];

    private static string[] Correct(string domain) =>
    [
        $"--txt-record=_amazonses.{domain},{Token}",
        $"--cname=tokone._domainkey.{domain},tokone.dkim.amazonses.com",
        $"--cname=toktwo._domainkey.{domain},toktwo.dkim.amazonses.com",
        $"--cname=tokthree._domainkey.{domain},tokthree.dkim.amazonses.com",
        $"--mx-host=mail.{domain},{SesMx},10",
        $"--txt-record=mail.{domain},{Spf}",
    ];
}
