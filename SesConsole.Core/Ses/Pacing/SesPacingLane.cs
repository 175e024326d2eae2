namespace SesConsole.Core.Ses.Pacing;

/// <summary>The state of one pacing key: who holds the turn, and when the last request of the key completed.</summary>
internal sealed class SesPacingLane(TimeProvider timeProvider)
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Timestamp (<see cref="TimeProvider.GetTimestamp"/>) of the last completion; read and written only under <see cref="Gate"/>.</summary>
    public long? LastCompletion { get; private set; }

    public void Complete()
    {
        LastCompletion = timeProvider.GetTimestamp();
        Gate.Release();
    }
}
