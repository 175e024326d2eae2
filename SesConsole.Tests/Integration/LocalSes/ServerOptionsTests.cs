using SesConsole.LocalSes;
using SesConsole.Tests.Support.LocalSes;

namespace SesConsole.Tests.Integration.LocalSes;

/// <summary>LocalSes refuses configurations it must not run with, naming the key at fault.</summary>
[Trait("Category", "Integration")]
public sealed class ServerOptionsTests
{
    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://192.168.1.10:4579")]
    [InlineData("http://example.com:4579")]
    [InlineData("https://127.0.0.1:4579")]
    public async Task NonLoopbackOrNonHttpUrlIsRefused(string url)
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalSesHarness.StartAsync(o => o.Url = url));

        Assert.Contains("LocalSes:Url", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingCredentialsAreRefused()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalSesHarness.StartAsync(o => o.Credentials = []));

        Assert.Contains("LocalSes:Credentials", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("probation")]
    [InlineData("OK")]
    [InlineData("")]
    public async Task AnEnforcementStatusSesDoesNotReportIsRefusedAtStart(string status)
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalSesHarness.StartAsync(o => o.EnforcementStatus = status));

        Assert.Contains("LocalSes:EnforcementStatus must be one of HEALTHY, PROBATION, SHUTDOWN", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalhostUrlListensOnLoopback()
    {
        await using var ses = await LocalSesHarness.StartAsync(o => o.Url = "http://localhost:0");

        Assert.Equal("127.0.0.1", ses.Server.BaseAddress.Host);
        Assert.Equal(LocalSesHarness.Ok, (await ses.CallAsync("ListIdentities")).Status);
    }
}
