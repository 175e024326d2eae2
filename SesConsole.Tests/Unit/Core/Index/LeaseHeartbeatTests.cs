using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Index;

namespace SesConsole.Tests.Unit.Core.Index;

[Trait("Category", "Unit")]
public sealed class LeaseHeartbeatTests
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RenewsTheLeaseOnItsOwnClockWhileThePassRuns()
    {
        var time = new FakeTimeProvider();
        var renewals = 0;
        await using var heartbeat = LeaseHeartbeat.Start(_ => Task.FromResult(Interlocked.Increment(ref renewals) > 0), Every, time, CancellationToken.None);

        for (var beat = 1; beat <= 3; beat++)
        {
            time.Advance(Every);
            await WaitUntilAsync(() => Volatile.Read(ref renewals) == beat);
        }

        Assert.False(heartbeat.Lost);
        Assert.False(heartbeat.Token.IsCancellationRequested);
    }

    [Fact]
    public async Task StopsThePassWhenAnotherInstanceHoldsTheLease()
    {
        var time = new FakeTimeProvider();
        await using var heartbeat = LeaseHeartbeat.Start(_ => Task.FromResult(false), Every, time, CancellationToken.None);
        Assert.False(heartbeat.Token.IsCancellationRequested);

        time.Advance(Every);
        await WaitUntilAsync(() => heartbeat.Token.IsCancellationRequested);

        Assert.True(heartbeat.Lost);
    }

    [Fact]
    public async Task ADatabaseHiccupIsNotALostLease()
    {
        var time = new FakeTimeProvider();
        var calls = 0;
        await using var heartbeat = LeaseHeartbeat.Start(
            _ => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("database busy") : Task.FromResult(true),
            Every, time, CancellationToken.None);

        time.Advance(Every);
        await WaitUntilAsync(() => Volatile.Read(ref calls) == 1);
        time.Advance(Every);
        await WaitUntilAsync(() => Volatile.Read(ref calls) == 2);

        Assert.False(heartbeat.Lost);
        Assert.False(heartbeat.Token.IsCancellationRequested);
    }

    [Fact]
    public async Task TheCallersCancellationStopsThePassWithoutCallingTheLeaseLost()
    {
        using var caller = new CancellationTokenSource();
        await using var heartbeat = LeaseHeartbeat.Start(_ => Task.FromResult(true), Every, new FakeTimeProvider(), caller.Token);

        await caller.CancelAsync();

        Assert.True(heartbeat.Token.IsCancellationRequested);
        Assert.False(heartbeat.Lost);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the heartbeat did not beat");
            await Task.Delay(10);
        }
    }
}
