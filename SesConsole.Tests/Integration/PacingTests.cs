using System.Diagnostics;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Support;

namespace SesConsole.Tests.Integration;

/// <summary>
/// Our pacer against LocalSes enforcing SES's 1 request/s per operation: concurrent callers queue in the client
/// instead of drawing Throttling. A throttled attempt would show up as an extra (retried) request at LocalSes.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class PacingTests
{
    private const int Callers = 4;

    [Fact]
    public async Task ConcurrentCallsOfOneOperationAtOnePerSecondDrawNoThrottling()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(o => o.Knobs.EnforceSesRateLimit = true);
        await using var core = CoreServices.For(ses, requestsPerSecondPerOperation: 1);
        // A long-lived client, as in the app: the first request of a new client and connection is some 20 ms slower
        // (more on a loaded machine), which would eat into the pacer's headroom for reasons this test is not about.
        await core.Client.GetIdentityDkimAttributesAsync(["warm-up.example"], CancellationToken.None);
        ses.Server.ResetRequestCounts();
        var watch = Stopwatch.StartNew();

        var answers = await Task.WhenAll(Enumerable.Range(0, Callers).Select(
            _ => core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None)));

        watch.Stop();
        Assert.Equal(Callers, answers.Length);
        Assert.Equal(Callers, ses.Count("ListIdentities"));
        // Four calls one second apart: the last leaves about three seconds after the first.
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(Callers - 1.5), TimeSpan.FromSeconds(Callers + 10));
    }

    [Fact]
    public async Task DifferentOperationsArePacedSeparately()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(o => o.Knobs.EnforceSesRateLimit = true);
        await using var core = CoreServices.For(ses, requestsPerSecondPerOperation: 1);
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(
            core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None),
            core.Client.GetIdentityVerificationAttributesAsync(["a@pace.example"], CancellationToken.None),
            core.Client.GetIdentityDkimAttributesAsync(["pace.example"], CancellationToken.None));

        watch.Stop();
        Assert.Equal(3, ses.TotalCount);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"Three different operations took {watch.Elapsed}; none should wait for another.");
    }

    [Fact]
    public async Task WithoutPacingTheSameBurstIsThrottledByLocalSes()
    {
        // The control for the test above: LocalSes's limit really bites when the client does not keep to it.
        await using var ses = await LocalSesEndpoint.StartAsync(o => o.Knobs.EnforceSesRateLimit = true);
        await using var core = CoreServices.For(ses, requestsPerSecondPerOperation: CoreServices.FastRate);

        await Task.WhenAll(Enumerable.Range(0, Callers).Select(async _ =>
        {
            try
            {
                await core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None);
            }
            catch (SesCallException ex) when (ex.ErrorCode == "Throttling")
            {
                // Some callers run out of retries: that is the point.
            }
        }));

        Assert.True(ses.Count("ListIdentities") > Callers, $"LocalSes saw {ses.Count("ListIdentities")} requests; throttled attempts should have been retried.");
    }
}
