using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Ses.Support;
using SesConsole.Tests.Support.Ses;

namespace SesConsole.Tests.Integration.Core.Ses;

/// <summary>The client's pacer, observed at a real listener.</summary>
[Trait("Category", "Integration")]
public sealed class PacingTests
{
    private const string Result = "<VerificationAttributes/>";

    [Fact]
    public async Task TenConcurrentCallsAtFivePerSecondReachTheListenerAtLeast200MsApart()
    {
        var arrivals = new ConcurrentQueue<long>();
        await using var ses = await LoopbackSes.StartAsync(request =>
        {
            arrivals.Enqueue(Stopwatch.GetTimestamp());
            return SesReply.Success(request.Action, Result, "r");
        });
        using var factory = SesClientHarness.CreateFactory(ses.Url, requestsPerSecond: 5, timeProvider: TimeProvider.System);
        var client = factory.ForRegion(SesClientHarness.Region);

        await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(i => client.GetIdentityVerificationAttributesAsync([$"id{i}@example.com"], CancellationToken.None)));

        var times = arrivals.ToArray();
        Assert.Equal(10, times.Length);
        var gaps = times.Zip(times.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b)).ToArray();
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(200), $"Two requests reached the listener {gap.TotalMilliseconds:F1} ms apart."));
        Assert.Equal(
            Enumerable.Range(0, 10).Select(i => $"id{i}@example.com").Order(),
            ses.Requests.Select(r => r.FormValue("Identities.member.1")!).Order());
    }

    [Fact]
    public async Task QueuedCallsReachTheListenerOneAtATimeAnIntervalAfterThePreviousAnswer()
    {
        using var answers = new SemaphoreSlim(0);
        await using var ses = await LoopbackSes.StartAsync(async (request, _, aborted) =>
        {
            await answers.WaitAsync(aborted);
            return SesReply.Success(request.Action, Result, "r");
        });
        var time = new FakeTimeProvider();
        using var factory = SesClientHarness.CreateFactory(ses.Url, requestsPerSecond: 5, timeProvider: time);
        var client = factory.ForRegion(SesClientHarness.Region);

        var calls = Enumerable.Range(0, 4)
            .Select(i => client.GetIdentityVerificationAttributesAsync([$"id{i}@example.com"], CancellationToken.None))
            .ToArray();

        for (var answered = 0; answered < calls.Length; answered++)
        {
            await Eventually.TrueAsync(() => ses.RequestCount == answered + 1, $"request {answered + 1} reached the listener");
            time.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(answered + 1, ses.RequestCount);
            answers.Release();
            await Eventually.TrueAsync(() => calls.Count(c => c.IsCompleted) == answered + 1, $"{answered + 1} calls completed");
            time.Advance(TimeSpan.FromMilliseconds(199));
            Assert.Equal(answered + 1, ses.RequestCount);
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.All(calls, c => Assert.True(c.IsCompletedSuccessfully));
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
        time.Advance(TimeSpan.FromSeconds(1));
        await queued.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, ses.RequestCount);
    }

    [Fact]
    public async Task RetryAfterThrottlingWaitsAnIntervalAfterTheThrottledAnswer()
    {
        await using var ses = await LoopbackSes.StartAsync((request, number) =>
            number == 1 ? SesReply.Throttling("t") : SesReply.Success(request.Action, "<PolicyNames/>", "ok"));
        var time = new ObservableTimeProvider();
        using var factory = SesClientHarness.CreateFactory(ses.Url, requestsPerSecond: 1, timeProvider: time);

        var call = factory.ForRegion(SesClientHarness.Region).ListIdentityPoliciesAsync("example.com", CancellationToken.None);

        await Eventually.TrueAsync(() => time.TimersCreated == 1, "the retry started waiting for its turn");
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(1, ses.RequestCount);
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await call.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("ok", result.RequestId);
        Assert.Equal(2, ses.RequestCount);
    }

    [Fact]
    public async Task CallAnsweredWithAnSesErrorFreesTheOperationForTheNextCall()
    {
        await using var ses = await LoopbackSes.StartAsync((request, number) => number == 1
            ? SesReply.Error(HttpStatusCode.BadRequest, "InvalidParameterValue", "Bad identity.", "e")
            : SesReply.Success(request.Action, string.Empty, "ok"));
        var time = new FakeTimeProvider();
        using var factory = SesClientHarness.CreateFactory(ses.Url, requestsPerSecond: 1, timeProvider: time);
        var client = factory.ForRegion(SesClientHarness.Region);

        await Assert.ThrowsAsync<SesCallException>(() => client.DeleteIdentityAsync("a@example.com", CancellationToken.None));
        var next = client.DeleteIdentityAsync("b@example.com", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("ok", (await next.WaitAsync(TimeSpan.FromSeconds(10))).RequestId);
    }

    [Fact]
    public async Task CallThatTimesOutFreesTheOperationForTheNextCall()
    {
        using var release = new CancellationTokenSource();
        await using var ses = await LoopbackSes.StartAsync(async (request, number, aborted) =>
        {
            if (number == 1)
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, release.Token);
                await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            return SesReply.Success(request.Action, string.Empty, "ok");
        });
        var time = new FakeTimeProvider();
        using var factory = SesClientHarness.CreateFactory(
            ses.Url, requestsPerSecond: 1, maxErrorRetry: 0, timeProvider: time, requestTimeout: TimeSpan.FromMilliseconds(300));
        var client = factory.ForRegion(SesClientHarness.Region);

        await Assert.ThrowsAsync<SesCallException>(() => client.DeleteIdentityAsync("a@example.com", CancellationToken.None));
        await release.CancelAsync();
        var next = client.DeleteIdentityAsync("b@example.com", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("ok", (await next.WaitAsync(TimeSpan.FromSeconds(10))).RequestId);
    }

    [Fact]
    public async Task CallCancelledDuringItsRequestFreesTheOperationForTheNextCall()
    {
        await using var ses = await LoopbackSes.StartAsync(async (request, number, aborted) =>
        {
            if (number == 1)
            {
                await Task.Delay(Timeout.Infinite, aborted).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            return SesReply.Success(request.Action, string.Empty, "ok");
        });
        var time = new FakeTimeProvider();
        using var factory = SesClientHarness.CreateFactory(ses.Url, requestsPerSecond: 1, timeProvider: time);
        var client = factory.ForRegion(SesClientHarness.Region);
        using var cts = new CancellationTokenSource();

        var cancelled = client.DeleteIdentityAsync("a@example.com", cts.Token);
        await Eventually.TrueAsync(() => ses.RequestCount == 1, "the first request reached the listener");
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        var next = client.DeleteIdentityAsync("b@example.com", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("ok", (await next.WaitAsync(TimeSpan.FromSeconds(10))).RequestId);
    }
}
