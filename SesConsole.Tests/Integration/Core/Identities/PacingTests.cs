using System.Diagnostics;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>
/// Our pacer against LocalSes enforcing SES's 1 request/s per operation: concurrent callers queue in the client
/// instead of drawing Throttling. A throttled attempt would show up as an extra (retried) request at LocalSes.
/// </summary>
[Trait("Category", "Integration")]
[Collection(TimingSensitiveCollection.Name)]
public sealed class PacingTests
{
    private const int Callers = 4;

    [Fact]
    public async Task ConcurrentCallsOfOneOperationAtOnePerSecondDrawNoThrottling()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(o => o.Knobs.EnforceSesRateLimit = true);
        // No warm-up: the first request of a new client and connection is the slowest, and the pacer must not care.
        await using var core = CoreServices.For(ses, requestsPerSecondPerOperation: 1);
        var watch = Stopwatch.StartNew();

        var answers = await Task.WhenAll(Enumerable.Range(0, Callers).Select(
            _ => core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None)));

        watch.Stop();
        Assert.Equal(Callers, answers.Length);
        Assert.Equal(Callers, ses.Count("ListIdentities"));
        // Each call starts at least a second after the previous one was answered.
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(Callers - 1), TimeSpan.FromSeconds(Callers + 10));
    }

    [Fact]
    public async Task OtherOperationsAreNotHeldBehindAPacedOne()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(o => o.Knobs.EnforceSesRateLimit = true);
        await using var core = CoreServices.For(ses, requestsPerSecondPerOperation: 1);
        await core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None);

        // Started first, this list call must wait a second after the one above; the other operations must not.
        var paced = core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None);
        var others = Task.WhenAll(
            core.Client.GetIdentityVerificationAttributesAsync(["a@pace.example"], CancellationToken.None),
            core.Client.GetIdentityDkimAttributesAsync(["pace.example"], CancellationToken.None));

        var first = await Task.WhenAny(paced, others);
        await Task.WhenAll(paced, others);
        Assert.Same(others, first);
        Assert.Equal(4, ses.TotalCount);
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
