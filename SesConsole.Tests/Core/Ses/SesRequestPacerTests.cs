using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Ses.Pacing;

namespace SesConsole.Tests.Core.Ses;

public sealed class SesRequestPacerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task QueuedCallersAreReleasedOnePerIntervalInArrivalOrder()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(5, time);

        var turns = Enumerable.Range(0, 10).Select(_ => pacer.WaitForTurnAsync("eu-west-1/ListIdentities", CancellationToken.None)).ToArray();

        Assert.True(turns[0].IsCompletedSuccessfully);
        for (var i = 1; i < turns.Length; i++)
        {
            time.Advance(Interval - TimeSpan.FromMilliseconds(1));
            Assert.False(turns[i].IsCompleted, $"caller {i} was released before its slot");
            time.Advance(TimeSpan.FromMilliseconds(1));
            await turns[i].WaitAsync(TimeSpan.FromSeconds(10));
            Assert.All(turns.Skip(i + 1), t => Assert.False(t.IsCompleted));
        }
    }

    [Fact]
    public async Task DifferentKeysDoNotWaitForEachOther()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(1, time);

        await pacer.WaitForTurnAsync("eu-west-1/ListIdentities", CancellationToken.None);
        var sameOperationOtherRegion = pacer.WaitForTurnAsync("us-east-1/ListIdentities", CancellationToken.None);
        var otherOperationSameRegion = pacer.WaitForTurnAsync("eu-west-1/DeleteIdentity", CancellationToken.None);
        var sameKey = pacer.WaitForTurnAsync("eu-west-1/ListIdentities", CancellationToken.None);

        Assert.True(sameOperationOtherRegion.IsCompletedSuccessfully);
        Assert.True(otherOperationSameRegion.IsCompletedSuccessfully);
        Assert.False(sameKey.IsCompleted);
    }

    [Fact]
    public async Task IdleTimeDoesNotBuildUpABurst()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(5, time);
        await pacer.WaitForTurnAsync("k", CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(1));
        var first = pacer.WaitForTurnAsync("k", CancellationToken.None);
        var second = pacer.WaitForTurnAsync("k", CancellationToken.None);

        Assert.True(first.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);
    }

    [Fact]
    public async Task CancelledWaiterThrowsAndHandsItsSlotBack()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(1, time);
        await pacer.WaitForTurnAsync("k", CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var waiting = pacer.WaitForTurnAsync("k", cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        var next = pacer.WaitForTurnAsync("k", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AlreadyCancelledTokenIsRefusedWithoutTakingASlot()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(1, time);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pacer.WaitForTurnAsync("k", new CancellationToken(canceled: true)));

        Assert.True(pacer.WaitForTurnAsync("k", CancellationToken.None).IsCompletedSuccessfully);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void NonPositiveRateIsRefused(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SesRequestPacer(rate, TimeProvider.System));
}
