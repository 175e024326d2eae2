using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Ses.Pacing;

namespace SesConsole.Tests.Unit.Core.Ses;

[Trait("Category", "Unit")]
public sealed class SesRequestPacerTests
{
    private const string Key = "eu-west-1/ListIdentities";
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan OneMs = TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task QueuedCallersAreReleasedOneAtATimeInArrivalOrderAnIntervalAfterThePreviousCompleted()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(5, time);

        var turns = Enumerable.Range(0, 10).Select(_ => pacer.WaitForTurnAsync(Key, CancellationToken.None)).ToArray();

        Assert.True(turns[0].IsCompletedSuccessfully);
        for (var i = 1; i < turns.Length; i++)
        {
            // The previous request is in flight for longer than the interval: the next still may not start.
            time.Advance(Interval * 3);
            Assert.False(turns[i].IsCompleted, $"caller {i} was released while caller {i - 1} was in flight");
            (await turns[i - 1]).Dispose();
            time.Advance(Interval - OneMs);
            Assert.False(turns[i].IsCompleted, $"caller {i} was released less than an interval after caller {i - 1} completed");
            time.Advance(OneMs);
            await turns[i].WaitAsync(TimeSpan.FromSeconds(10));
            Assert.All(turns.Skip(i + 1), t => Assert.False(t.IsCompleted));
        }
    }

    [Fact]
    public async Task OnlyOneRequestPerKeyIsInFlightHoweverHighTheRate()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(1000, time);
        using var first = await pacer.WaitForTurnAsync(Key, CancellationToken.None);

        var second = pacer.WaitForTurnAsync(Key, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.False(second.IsCompleted);
        first.Dispose();
        time.Advance(OneMs);
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task DifferentKeysDoNotWaitForEachOther()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(1, time);

        using var inFlight = await pacer.WaitForTurnAsync(Key, CancellationToken.None);
        var sameOperationOtherRegion = pacer.WaitForTurnAsync("us-east-1/ListIdentities", CancellationToken.None);
        var otherOperationSameRegion = pacer.WaitForTurnAsync("eu-west-1/DeleteIdentity", CancellationToken.None);
        var sameKey = pacer.WaitForTurnAsync(Key, CancellationToken.None);

        Assert.True(sameOperationOtherRegion.IsCompletedSuccessfully);
        Assert.True(otherOperationSameRegion.IsCompletedSuccessfully);
        Assert.False(sameKey.IsCompleted);
    }

    [Fact]
    public async Task IdleTimeDoesNotBuildUpABurst()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(5, time);
        (await pacer.WaitForTurnAsync(Key, CancellationToken.None)).Dispose();

        time.Advance(TimeSpan.FromMinutes(1));
        var first = pacer.WaitForTurnAsync(Key, CancellationToken.None);
        var second = pacer.WaitForTurnAsync(Key, CancellationToken.None);

        Assert.True(first.IsCompletedSuccessfully);
        (await first).Dispose();
        time.Advance(Interval - OneMs);
        Assert.False(second.IsCompleted);
        time.Advance(OneMs);
        await second.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WaiterCancelledBehindARequestInFlightThrowsAndDoesNotBlockTheKey()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(5, time);
        var inFlight = await pacer.WaitForTurnAsync(Key, CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var cancelled = pacer.WaitForTurnAsync(Key, cts.Token);
        var next = pacer.WaitForTurnAsync(Key, CancellationToken.None);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        inFlight.Dispose();
        time.Advance(Interval);
        using var turn = await next.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(pacer.WaitForTurnAsync(Key, CancellationToken.None).IsCompleted, "the cancelled waiter released a turn it did not hold");
    }

    [Fact]
    public async Task WaiterCancelledDuringItsIntervalThrowsAndTheNextCallerKeepsThePreviousCompletionTime()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(5, time);
        (await pacer.WaitForTurnAsync(Key, CancellationToken.None)).Dispose();
        using var cts = new CancellationTokenSource();

        var cancelled = pacer.WaitForTurnAsync(Key, cts.Token);
        var next = pacer.WaitForTurnAsync(Key, CancellationToken.None);
        time.Advance(Interval / 2);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        time.Advance(Interval / 2 - OneMs);
        Assert.False(next.IsCompleted);
        time.Advance(OneMs);
        using var turn = await next.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(pacer.WaitForTurnAsync(Key, CancellationToken.None).IsCompleted, "the cancelled waiter left an extra turn behind");
    }

    [Fact]
    public async Task AlreadyCancelledTokenIsRefusedWithoutTakingATurn()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(1, time);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pacer.WaitForTurnAsync(Key, new CancellationToken(canceled: true)));

        Assert.True(pacer.WaitForTurnAsync(Key, CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task DisposingATurnTwiceFreesTheKeyOnlyOnce()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(5, time);
        var turn = await pacer.WaitForTurnAsync(Key, CancellationToken.None);

        turn.Dispose();
        turn.Dispose();
        time.Advance(Interval);

        Assert.True(pacer.WaitForTurnAsync(Key, CancellationToken.None).IsCompletedSuccessfully);
        Assert.False(pacer.WaitForTurnAsync(Key, CancellationToken.None).IsCompleted);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void NonPositiveRateIsRefused(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SesRequestPacer(rate, TimeProvider.System));
}
