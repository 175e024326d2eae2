using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.LocalSes;
using SesConsole.Tests.Core.Dns;
using SesConsole.Tests.Core.Identities.Support;
using SesConsole.Tests.Sharing;
using SesConsole.Tests.Support.Hosting;

namespace SesConsole.Tests.Web.Dns;

/// <summary>In Local mode the embedded LocalSes asks the console's <c>Dns:Servers</c>, so publishing verifies a domain.</summary>
public sealed class LocalModeDnsVerificationTests
{
    private sealed class LocalApp(string dataFolder, int sesPort, string? dnsServer, string? localSesDnsServer = null)
        : SesConsoleAppFactory(new SesConsoleAppOptions
        {
            DataFolder = dataFolder,
            Regions = ["us-east-1"],
            LocalSesUrl = new Uri($"http://127.0.0.1:{sesPort}"),
            Settings = DnsSettings(dnsServer, localSesDnsServer),
        })
    {
        private static Dictionary<string, string?> DnsSettings(string? dnsServer, string? localSesDnsServer)
        {
            var settings = new Dictionary<string, string?>
            {
                ["LocalSes:DnsCheckInterval"] = dnsServer is null ? "00:00:00" : "00:00:00.100",
                ["LocalSes:DnsLookupTimeout"] = "00:00:00.500",
            };
            if (dnsServer is not null)
            {
                settings["Dns:Servers:0"] = dnsServer;
            }

            if (localSesDnsServer is not null)
            {
                settings["LocalSes:DnsServers:0"] = localSesDnsServer;
            }

            return settings;
        }

        protected override void ConfigureServices(IServiceCollection services) =>
            services.ReplaceWithInstance<ICurrentOperator>(new SettableCurrentOperator());

        public async Task<Outcome<IdentityDetails>> DetailsAsync(string domain)
        {
            using var scope = Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<IIdentityReads>().GetDetailsAsync("us-east-1", domain, CancellationToken.None);
        }
    }

    [Fact]
    public async Task APendingLocalDomainBecomesVerifiedOnceTheConsolesDnsServerServesItsRecord()
    {
        using var folder = new TempDataFolder();
        var port = LoopbackPorts.Free();
        string token;
        await using (var first = new LocalApp(folder.Path, port, dnsServer: null))
        {
            using var scope = first.Services.CreateScope();
            var started = await scope.ServiceProvider.GetRequiredService<IIdentityChanges>()
                .VerifyDomainAsync("us-east-1", "published.test", includeDkim: false, CancellationToken.None);
            Assert.True(started.Succeeded, started.Failure?.Message);
            token = started.Value.VerificationToken;
            Assert.Equal(VerificationStatus.Pending, (await first.DetailsAsync("published.test")).Value!.Status);
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var dns = await DnsmasqServer.StartAsync([$"--txt-record=_amazonses.published.test,{token}"], cts.Token);
        await using var second = new LocalApp(folder.Path, port, dns.Endpoint);

        Assert.Equal([dns.Endpoint], second.Services.GetRequiredService<LocalSesOptions>().DnsServers);
        var clock = Stopwatch.StartNew();
        VerificationStatus status;
        while ((status = (await second.DetailsAsync("published.test")).Value!.Status) != VerificationStatus.Success && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(50);
        }

        Assert.Equal(VerificationStatus.Success, status);
    }

    [Fact]
    public void LocalSesDnsServersWinOverTheConsolesSetting()
    {
        using var folder = new TempDataFolder();
        using var app = new LocalApp(folder.Path, LoopbackPorts.Free(), dnsServer: "127.0.0.1:5301", localSesDnsServer: "127.0.0.1:5302");

        Assert.Equal(["127.0.0.1:5302"], app.Services.GetRequiredService<LocalSesOptions>().DnsServers);
    }
}
