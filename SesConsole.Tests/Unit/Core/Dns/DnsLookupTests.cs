using SesConsole.Core.Dns;

namespace SesConsole.Tests.Unit.Core.Dns;

[Trait("Category", "Unit")]
public sealed class DnsLookupTests
{
    [Fact]
    public void NoConfiguredServersMeansTheSystemResolversAreNamedAsSuch()
    {
        var lookup = new DnsLookup(new DnsCheckOptions());

        Assert.StartsWith("system resolver ", lookup.ServersDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredServerWithoutPortUsesPort53()
    {
        var lookup = new DnsLookup(new DnsCheckOptions { Servers = ["10.0.0.2", "[::1]:5353"] });

        Assert.Equal("10.0.0.2:53, [::1]:5353", lookup.ServersDescription);
    }
}
