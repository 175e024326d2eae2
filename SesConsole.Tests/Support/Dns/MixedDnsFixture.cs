using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;

namespace SesConsole.Tests.Support.Dns;

/// <summary>
/// A real dnsmasq serving one domain in a mixed state: verification TXT and one DKIM CNAME correct, one DKIM CNAME
/// missing, one pointing elsewhere, and the MAIL FROM MX published where a DNS host appended the domain.
/// </summary>
public sealed class MixedDnsFixture : IAsyncLifetime
{
    public const string Domain = "acme-shop.com";
    public const string Token = "pmBGN/7MjnfhTKUZ06Enqq1PeGUaOkw8lGhcfwefcHU=";
    public static readonly string[] DkimTokens = ["vvjuipp74whm76gqoni7qmwwn4w4qusj", "3frqe7jn4obpuxjpwpolz6ipb3k5nvt2", "wrqplteh7oodxnad7hsl4mixg2uavzne"];

    public DnsmasqServer Server { get; private set; } = null!;

    public static IReadOnlyList<DnsRecord> Records { get; } =
    [
        new(DnsRecordType.TXT, $"_amazonses.{Domain}", Token, DnsRecordRole.Verification),
        .. DkimTokens.Select(t => new DnsRecord(DnsRecordType.CNAME, $"{t}._domainkey.{Domain}", $"{t}.dkim.amazonses.com", DnsRecordRole.Dkim)),
        new(DnsRecordType.MX, $"bounce.{Domain}", "10 feedback-smtp.us-east-1.amazonses.com", DnsRecordRole.MailFromMx),
    ];

    public IDnsRecordChecker Checker(TimeProvider time, string? server = null, TimeSpan? timeout = null) =>
        new DnsRecordChecker(
            Options.Create(new DnsCheckOptions { Servers = [server ?? Server.Endpoint], Timeout = timeout ?? TimeSpan.FromSeconds(2), Retries = 0 }),
            time,
            NullLogger<DnsRecordChecker>.Instance);

    public async Task InitializeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        Server = await DnsmasqServer.StartAsync(
        [
            // Answer for the domain from these records only (NXDOMAIN for the rest), as its own name servers would.
            $"--local=/{Domain}/",
            $"--txt-record=_amazonses.{Domain},{Token}",
            $"--cname={DkimTokens[0]}._domainkey.{Domain},{DkimTokens[0]}.dkim.amazonses.com",
            $"--cname={DkimTokens[2]}._domainkey.{Domain},{DkimTokens[2]}.dkim.example.net",
            $"--mx-host=bounce.{Domain}.{Domain},feedback-smtp.us-east-1.amazonses.com,10",
        ], cts.Token);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
