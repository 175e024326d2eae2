namespace SesConsole.Core.Ses.Pacing;

/// <summary>One caller's turn on a pacing key; disposing it records the completion and lets the next caller wait its interval.</summary>
internal sealed class SesPacingTurn(SesPacingLane lane, bool background) : IDisposable
{
    private int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            if (background)
            {
                lane.CompleteBackground();
            }
            else
            {
                lane.Complete();
            }
        }
    }
}
