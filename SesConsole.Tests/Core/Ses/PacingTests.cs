using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Ses;
using SesConsole.Tests.Core.Ses.Support;

namespace SesConsole.Tests.Core.Ses;

/// <summary>The client's pacer, observed at a real listener while a fake clock decides when slots open.</summary>
public sealed class PacingTests
{
    private const string Result = "<VerificationAttributes/>";

    [Fact]
    // At 5 requests/s the interval is 200 ms plus the factory's 10% headroom: 220 ms.
    public async Task TenConcurrentCallsAtFivePerSecondReachSesOnePer220MsOverAtLeast1980Ms()
    {
        await using var ses = await LoopbackSes.StartAsync(request => SesReply.Success(request.Action, Result, "r"));
        var time = new FakeTimeProvider();
        using var factory = SesClientHarness.CreateFactory(ses.Url, requestsPerSecond: 5, timeProvider: time);
        var client = factory.ForRegion(SesClientHarness.Region);
        var start = time.GetUtcNow();

        var calls = Enumerable.Range(0, 10)
            .Select(i => client.GetIdentityVerificationAttributesAsync([$"id{i}@example.com"], CancellationToken.None))
            .ToArray();

        await Eventually.TrueAsync(() => calls.Count(c => c.IsCompleted) == 1, "the first call completed");
        Assert.Equal(1, ses.RequestCount);
        for (var expected = 2; expected <= 10; expected++)
        {
            time.Advance(TimeSpan.FromMilliseconds(219));
            Assert.Equal(expected - 1, ses.RequestCount);
            time.Advance(TimeSpan.FromMilliseconds(1));
            await Eventually.TrueAsync(() => calls.Count(c => c.IsCompleted) == expected, $"{expected} calls completed");
            Assert.Equal(expected, ses.RequestCount);
        }

        Assert.True(time.GetUtcNow() - start >= TimeSpan.FromMilliseconds(1980));
        Assert.All(calls, c => Assert.True(c.IsCompletedSuccessfully));
        Assert.Equal(
            Enumerable.Range(0, 10).Select(i => $"id{i}@example.com").Order(),
            ses.Requests.Select(r => r.FormValue("Identities.member.1")!).Order());
    }

    [Fact]
    public async Task AnotherOperationIsNotHeldBehindAQueuedOne()
    {
        await using var ses = await LoopbackSes.StartAsync(request => SesReply.Success(request.Action, string.Empty, "r"));
        var time = new FakeTimeProvider();
        using var factory = SesClientHarness.CreateFactory(ses.Url, requestsPerSecond: 1, timeProvider: time);
        var client = factory.ForRegion(SesClientHarness.Region);
        await client.DeleteIdentityAsync("a@example.com", CancellationToken.None);

        var queued = client.DeleteIdentityAsync("b@example.com", CancellationToken.None);
        var other = await client.VerifyEmailIdentityAsync("c@example.com", CancellationToken.None);

        Assert.Equal("r", other.RequestId);
        Assert.False(queued.IsCompleted);
        Assert.Equal(["DeleteIdentity", "VerifyEmailIdentity"], ses.Requests.Select(r => r.Action));
        time.Advance(TimeSpan.FromSeconds(1.1));
        await queued.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, ses.RequestCount);
    }

    [Fact]
    public async Task RetryAfterThrottlingAlsoWaitsForItsSlot()
    {
        await using var ses = await LoopbackSes.StartAsync((request, number) =>
            number == 1 ? SesReply.Throttling("t") : SesReply.Success(request.Action, "<PolicyNames/>", "ok"));
        var time = new ObservableTimeProvider();
        using var factory = SesClientHarness.CreateFactory(ses.Url, requestsPerSecond: 1, timeProvider: time);

        var call = factory.ForRegion(SesClientHarness.Region).ListIdentityPoliciesAsync("example.com", CancellationToken.None);

        await Eventually.TrueAsync(() => time.TimersCreated == 1, "the retry started waiting for its slot");
        Assert.Equal(1, ses.RequestCount);
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1.1));
        var result = await call.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("ok", result.RequestId);
        Assert.Equal(2, ses.RequestCount);
    }
}
