using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Ses.Pacing;

namespace SesConsole.Tests.Unit.Core.Ses;

/// <summary>The pacer's background lane (the identity index's sync): operators first, and at most a share of the rate.</summary>
[Trait("Category", "Unit")]
public sealed class SesPacerBackgroundLaneTests
{
    private const string Key = "eu-west-1/ListEmailIdentities";
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan OneMs = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AnOperatorWhoArrivesAfterAWaitingBackgroundCallStillGoesFirst()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(10, time, backgroundShare: 1);
        var first = await pacer.WaitForTurnAsync(Key, CancellationToken.None);
        var background = Background(pacer, CancellationToken.None);
        var operatorCall = pacer.WaitForTurnAsync(Key, CancellationToken.None);

        first.Dispose();
        time.Advance(Interval);

        var operatorTurn = await operatorCall.WaitAsync(Patience);
        Assert.False(background.IsCompleted, "the background call went before a waiting operator");
        operatorTurn.Dispose();
        time.Advance(Interval - OneMs);
        await Task.Delay(50);
        Assert.False(background.IsCompleted, "the background call ignored the interval after the operator's request");
        time.Advance(OneMs);
        (await background.WaitAsync(Patience)).Dispose();
    }

    [Fact]
    public async Task BackgroundCallsStartAtMostAtTheirShareOfTheRate()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(10, time, backgroundShare: 0.5);
        (await Background(pacer, CancellationToken.None)).Dispose();

        var second = Background(pacer, CancellationToken.None);
        time.Advance(Interval);
        await Task.Delay(50);
        Assert.False(second.IsCompleted, "a background call started at the full rate");
        Assert.True(pacer.WaitForTurnAsync(Key, CancellationToken.None).IsCompletedSuccessfully, "an operator waited for the background share");
    }

    [Fact]
    public async Task BackgroundCallsAreSpacedByIntervalOverShareFromThePreviousBackgroundCompletion()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(10, time, backgroundShare: 0.5);
        (await Background(pacer, CancellationToken.None)).Dispose();

        var second = Background(pacer, CancellationToken.None);
        time.Advance(Interval * 2 - OneMs);
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        time.Advance(OneMs);
        (await second.WaitAsync(Patience)).Dispose();
    }

    [Fact]
    public async Task ACanceledBackgroundCallDoesNotHoldUpTheNextOne()
    {
        var time = new FakeTimeProvider();
        var pacer = new SesRequestPacer(10, time, backgroundShare: 1);
        var held = await pacer.WaitForTurnAsync(Key, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var canceled = Background(pacer, cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => canceled);
        held.Dispose();
        time.Advance(Interval);

        (await Background(pacer, CancellationToken.None).WaitAsync(Patience)).Dispose();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void ABackgroundShareOutsideZeroToOneIsRefused(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SesRequestPacer(1, TimeProvider.System, share));

    private static Task<IDisposable> Background(SesRequestPacer pacer, CancellationToken cancellationToken)
    {
        using (SesCallLane.Background())
        {
            return pacer.WaitForTurnAsync(Key, cancellationToken);
        }
    }
}
