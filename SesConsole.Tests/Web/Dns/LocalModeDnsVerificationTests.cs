using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.LocalSes;
using SesConsole.Tests.Core.Dns;
using SesConsole.Tests.Core.Identities.Support;
using SesConsole.Tests.Sharing;

namespace SesConsole.Tests.Web.Dns;

/// <summary>In Local mode the embedded LocalSes asks the console's <c>Dns:Servers</c>, so publishing verifies a domain.</summary>
public sealed class LocalModeDnsVerificationTests
{
    private sealed class LocalApp(string dataFolder, int sesPort, string? dnsServer, string? localSesDnsServer = null)
        : WebApplicationFactory<global::SesConsole.Web.Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Ses:Mode", "Local");
            builder.UseSetting("Ses:Regions:0", "us-east-1");
            builder.UseSetting("Ses:ServiceUrl", $"http://127.0.0.1:{sesPort}");
            builder.UseSetting("Ses:AccessKeyId", "AKIALOCALSES0000000");
            builder.UseSetting("Ses:SecretAccessKey", "LocalSesFakeSecretKeyNotForAws0000000000");
            builder.UseSetting("Ses:AccountId", "123456789012");
            builder.UseSetting("LocalSes:Url", $"http://127.0.0.1:{sesPort}");
            builder.UseSetting("LocalSes:DatabasePath", Path.Combine(dataFolder, "localses.db"));
            builder.UseSetting("LocalSes:Credentials:0:AccessKeyId", "AKIALOCALSES0000000");
            builder.UseSetting("LocalSes:Credentials:0:SecretAccessKey", "LocalSesFakeSecretKeyNotForAws0000000000");
            builder.UseSetting("LocalSes:DnsCheckInterval", dnsServer is null ? "00:00:00" : "00:00:00.100");
            builder.UseSetting("LocalSes:DnsLookupTimeout", "00:00:00.500");
            if (dnsServer is not null)
            {
                builder.UseSetting("Dns:Servers:0", dnsServer);
            }

            if (localSesDnsServer is not null)
            {
                builder.UseSetting("LocalSes:DnsServers:0", localSesDnsServer);
            }

            builder.UseSetting("AzureAd:Instance", "http://127.0.0.1:9/");
            builder.UseSetting("AzureAd:TenantId", "11111111-1111-1111-1111-111111111111");
            builder.UseSetting("AzureAd:ClientId", "sesconsole-tests");
            builder.UseSetting("AzureAd:ClientSecret", "local-entra-checks-no-secret");
            builder.UseSetting("ConnectionStrings:SesConsole", $"Data Source={Path.Combine(dataFolder, "sesconsole.db")}");
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<ICurrentOperator>();
                services.AddSingleton<ICurrentOperator>(new SettableCurrentOperator());
            });
        }

        public async Task<Outcome<IdentityDetails>> DetailsAsync(string domain)
        {
            using var scope = Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<IIdentityService>().GetDetailsAsync("us-east-1", domain, CancellationToken.None);
        }
    }

    [Fact]
    public async Task APendingLocalDomainBecomesVerifiedOnceTheConsolesDnsServerServesItsRecord()
    {
        using var folder = new TempDataFolder();
        var port = FreeTcpPort();
        string token;
        await using (var first = new LocalApp(folder.Path, port, dnsServer: null))
        {
            using var scope = first.Services.CreateScope();
            var started = await scope.ServiceProvider.GetRequiredService<IIdentityService>()
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
        using var app = new LocalApp(folder.Path, FreeTcpPort(), dnsServer: "127.0.0.1:5301", localSesDnsServer: "127.0.0.1:5302");

        Assert.Equal(["127.0.0.1:5302"], app.Services.GetRequiredService<LocalSesOptions>().DnsServers);
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
