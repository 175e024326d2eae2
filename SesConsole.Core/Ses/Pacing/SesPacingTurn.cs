namespace SesConsole.Core.Ses.Pacing;

/// <summary>
/// One caller's turn on a pacing key; disposing it releases the key shared with other instances (if it took one),
/// then records the completion and lets this instance's next caller wait its interval. Dispose it asynchronously where
/// possible: the shared release is a database call.
/// </summary>
internal sealed class SesPacingTurn(SesPacingLane lane, bool background, Func<Task>? sharedRelease = null) : IDisposable, IAsyncDisposable
{
    private int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            try
            {
                sharedRelease?.Invoke().GetAwaiter().GetResult();
            }
            finally
            {
                Complete();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            try
            {
                if (sharedRelease is not null)
                {
                    await sharedRelease().ConfigureAwait(false);
                }
            }
            finally
            {
                Complete();
            }
        }
    }

    private void Complete()
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
