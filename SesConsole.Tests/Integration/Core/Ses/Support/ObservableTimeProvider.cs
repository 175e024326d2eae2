using Microsoft.Extensions.Time.Testing;

namespace SesConsole.Tests.Integration.Core.Ses.Support;

/// <summary>A fake clock that also counts the timers created on it, so a test can see a caller start waiting.</summary>
public sealed class ObservableTimeProvider : FakeTimeProvider
{
    private int _timersCreated;

    public int TimersCreated => Volatile.Read(ref _timersCreated);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _timersCreated);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
