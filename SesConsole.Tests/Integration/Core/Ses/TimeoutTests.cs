using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Ses.Support;
using SesConsole.Tests.Support.Ses;

namespace SesConsole.Tests.Integration.Core.Ses;

/// <summary>No call waits on a hung SES for longer than its time limits: one per attempt, one for the whole call.</summary>
[Trait("Category", "Integration")]
public sealed class TimeoutTests
{
    private const string ListResult = "<Identities><member>example.com</member></Identities>";

    private static Task<LoopbackSes> HungSesAsync(CancellationToken release) =>
        LoopbackSes.StartAsync(async (request, _, aborted) =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, release);
            await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return SesReply.Success(request.Action, ListResult, "late");
        });

    /// <summary>v1 and v2 calls take the one call path, so both keep the same total time limit.</summary>
    [Theory]
    [InlineData("ListIdentities")]
    [InlineData("GetEmailIdentity")]
    public async Task AHungSesIsGivenUpAtTheTotalTimeoutEvenWithRetriesLeft(string action)
    {
        using var release = new CancellationTokenSource();
        await using var ses = await HungSesAsync(release.Token);
        using var factory = SesClientHarness.CreateFactory(
            ses.Url, maxErrorRetry: 5, requestTimeout: TimeSpan.FromSeconds(2), totalTimeout: TimeSpan.FromMilliseconds(800));
        var started = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SesCallException>(() => action == "ListIdentities"
            ? factory.ForRegion(SesClientHarness.Region).ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None)
            : ((ISesV2ClientFactory)factory).ForRegion(SesClientHarness.Region).GetEmailIdentityAsync("Hung@Example.COM", CancellationToken.None));
        await release.CancelAsync();

        Assert.True(error.IsTimeout);
        Assert.Equal(action, error.Action);
        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Contains("within 0.8 s", error.Message, StringComparison.Ordinal);
        Assert.InRange(started.Elapsed, TimeSpan.FromMilliseconds(700), TimeSpan.FromSeconds(5));
        Assert.Equal(1, ses.RequestCount);
    }

    [Fact]
    public async Task AnAttemptSlowerThanTheRequestTimeoutIsATimeout()
    {
        using var release = new CancellationTokenSource();
        await using var ses = await HungSesAsync(release.Token);
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 0, requestTimeout: TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<SesCallException>(() =>
            factory.ForRegion(SesClientHarness.Region).ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None));
        await release.CancelAsync();

        Assert.True(error.IsTimeout);
    }

    [Fact]
    public async Task TheCallersCancelStaysACancellationNotATimeout()
    {
        using var release = new CancellationTokenSource();
        await using var ses = await HungSesAsync(release.Token);
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 0);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            factory.ForRegion(SesClientHarness.Region).ListIdentitiesAsync(new ListIdentitiesRequest(), cancel.Token));
        await release.CancelAsync();
    }

    [Fact]
    public void TheDefaultsAreTenSecondsAnAttemptAndThirtyInTotalAndConfigurable()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Ses:TotalTimeout"] = "00:00:45",
            }).Build())
            .AddSesClient()
            .BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<SesClientOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(10), new SesClientOptions().RequestTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), new SesClientOptions().TotalTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), options.RequestTimeout);
        Assert.Equal(TimeSpan.FromSeconds(45), options.TotalTimeout);
    }
}
