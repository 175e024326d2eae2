using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Ses.Pacing;

namespace SesConsole.Tests.Unit.Core.Ses;

/// <summary>The pacer with a rate shared across instances: it claims the key right before sending, waits as long as the
/// shared rate says, and releases the key before its own next caller may go.</summary>
[Trait("Category", "Unit")]
public sealed class SesPacerSharedRateTests
{
    private const string Key = "us-east-1/ListIdentities";

    [Fact]
    public async Task AnOperatorWaitsUntilTheSharedKeyIsTakenAndReleasesItWhenDone()
    {
        var time = new FakeTimeProvider();
        var shared = new ScriptedSharedRate(TimeSpan.FromMilliseconds(300), TimeSpan.Zero);
        var pacer = new SesRequestPacer(1, time, backgroundShare: 1, shared);

        var turn = pacer.WaitForTurnAsync(Key, CancellationToken.None);
        await WaitUntilAsync(() => shared.Claims.Count == 1);
        Assert.False(turn.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(300));
        var taken = await turn;
        Assert.Empty(shared.Releases);
        await ((IAsyncDisposable)taken).DisposeAsync();

        Assert.Equal([false, false], shared.Claims);
        Assert.Equal([Key], shared.Releases);
    }

    [Fact]
    public async Task ABackgroundCallClaimsAsBackgroundAndAnOperatorClaimsAsOperator()
    {
        var shared = new ScriptedSharedRate();
        var pacer = new SesRequestPacer(1000, TimeProvider.System, backgroundShare: 1, shared);

        using (SesCallLane.Background())
        {
            await ((IAsyncDisposable)await pacer.WaitForTurnAsync(Key, CancellationToken.None)).DisposeAsync();
        }

        await ((IAsyncDisposable)await pacer.WaitForTurnAsync(Key, CancellationToken.None)).DisposeAsync();

        Assert.Equal([true, false], shared.Claims);
        Assert.Equal(2, shared.Releases.Count);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition never held");
            await Task.Delay(5);
        }
    }

    /// <summary>Answers claims with the scripted waits, in order, then takes every claim; records what it was asked.</summary>
    private sealed class ScriptedSharedRate(params TimeSpan[] waits) : ISharedSesRate
    {
        private readonly Queue<TimeSpan> _waits = new(waits);

        public List<bool> Claims { get; } = [];

        public List<string> Releases { get; } = [];

        public Task<SharedRateClaim> TryClaimAsync(string key, TimeSpan interval, bool background, CancellationToken cancellationToken)
        {
            lock (Claims)
            {
                Claims.Add(background);
                var wait = _waits.Count > 0 ? _waits.Dequeue() : TimeSpan.Zero;
                return Task.FromResult(wait > TimeSpan.Zero ? SharedRateClaim.WaitFor(wait) : new SharedRateClaim(TimeSpan.Zero, Claims.Count));
            }
        }

        public Task ReleaseAsync(string key, SharedRateClaim claim, TimeSpan interval, CancellationToken cancellationToken)
        {
            lock (Claims)
            {
                Releases.Add(key);
            }

            return Task.CompletedTask;
        }
    }
}
