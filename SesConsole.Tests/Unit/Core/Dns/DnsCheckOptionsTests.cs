using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SesConsole.Core.Dns;

namespace SesConsole.Tests.Unit.Core.Dns;

[Trait("Category", "Unit")]
public sealed class DnsCheckOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddDnsChecks(configuration).BuildServiceProvider();
    }

    [Fact]
    public void SectionIsBoundWithServersTimeoutAndRetries()
    {
        using var services = Build(new()
        {
            ["Dns:Servers:0"] = "127.0.0.1:5353",
            ["Dns:Servers:1"] = "10.0.0.2",
            ["Dns:Timeout"] = "00:00:01.5",
            ["Dns:Retries"] = "2",
        });

        var options = services.GetRequiredService<IOptions<DnsCheckOptions>>().Value;

        Assert.Equal(["127.0.0.1:5353", "10.0.0.2"], options.Servers);
        Assert.Equal(TimeSpan.FromSeconds(1.5), options.Timeout);
        Assert.Equal(2, options.Retries);
        Assert.NotNull(services.GetRequiredService<IDnsRecordChecker>());
    }

    [Fact]
    public void EmptySectionMeansSystemResolversThreeSecondsAndOneRetry()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<DnsCheckOptions>>().Value;

        Assert.Empty(options.Servers);
        Assert.Equal(TimeSpan.FromSeconds(3), options.Timeout);
        Assert.Equal(1, options.Retries);
    }

    [Fact]
    public void UnparsableServerIsRefusedWithAMessageNamingTheKey()
    {
        using var services = Build(new() { ["Dns:Servers:0"] = "dns.example.com" });

        var error = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IOptions<DnsCheckOptions>>().Value);

        Assert.Contains("Dns:Servers entry 'dns.example.com' is not an IP address or IP:port.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroTimeoutIsRefused()
    {
        using var services = Build(new() { ["Dns:Timeout"] = "00:00:00" });

        var error = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IOptions<DnsCheckOptions>>().Value);

        Assert.Contains("Dns:Timeout", error.Message, StringComparison.Ordinal);
    }
}
