namespace SesConsole.Core.Ses.Pacing;

/// <summary>The state of one pacing key: who holds the turn, when the last request of the key completed, how many
/// operators wait for it, and the background lane's own gate and last completion.</summary>
internal sealed class SesPacingLane(TimeProvider timeProvider)
{
    private int _operatorsWaiting;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>At most one background request waits for or holds the key at a time.</summary>
    public SemaphoreSlim BackgroundGate { get; } = new(1, 1);

    /// <summary>Timestamp (<see cref="TimeProvider.GetTimestamp"/>) of the last completion; read and written only under <see cref="Gate"/>.</summary>
    public long? LastCompletion { get; private set; }

    /// <summary>Timestamp of the last background completion; read and written only under <see cref="BackgroundGate"/>.</summary>
    public long? LastBackgroundCompletion { get; private set; }

    public bool OperatorsWaiting => Volatile.Read(ref _operatorsWaiting) > 0;

    public void OperatorArrived() => Interlocked.Increment(ref _operatorsWaiting);

    public void OperatorServed() => Interlocked.Decrement(ref _operatorsWaiting);

    public void Complete()
    {
        LastCompletion = timeProvider.GetTimestamp();
        Gate.Release();
    }

    public void CompleteBackground()
    {
        LastBackgroundCompletion = timeProvider.GetTimestamp();
        Complete();
        BackgroundGate.Release();
    }
}
