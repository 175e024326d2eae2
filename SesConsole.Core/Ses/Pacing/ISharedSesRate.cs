namespace SesConsole.Core.Ses.Pacing;

/// <summary>
/// SES's per-operation rate shared by every app instance of one account (a port: Web keeps it in the console's
/// database when instances share one). The same rule as the in-process pacer, across instances: one request of a key
/// in flight at a time, the next no sooner than one interval after the previous one completed. The pacer claims the
/// key right before sending and releases it when the answer is back.
/// </summary>
public interface ISharedSesRate
{
    /// <summary>
    /// Tries to take <paramref name="key"/> (region and operation) for one request now. Taken: send at once, then
    /// <see cref="ReleaseAsync"/>. Not taken: <see cref="SharedRateClaim.Wait"/> says when to ask again. A background
    /// request takes the key only once it has been free for one more interval, so an operator waiting on any instance
    /// goes first.
    /// </summary>
    Task<SharedRateClaim> TryClaimAsync(string key, TimeSpan interval, bool background, CancellationToken cancellationToken);

    /// <summary>The request of <paramref name="claim"/> completed: the key's next request may go one
    /// <paramref name="interval"/> from now, from any instance.</summary>
    Task ReleaseAsync(string key, SharedRateClaim claim, TimeSpan interval, CancellationToken cancellationToken);
}

/// <summary>The answer to a claim: taken (<see cref="Wait"/> zero) with the token its release names, or how long to wait.</summary>
public readonly record struct SharedRateClaim(TimeSpan Wait, long Token)
{
    public bool Taken => Wait <= TimeSpan.Zero;

    /// <summary>Taken without a shared record (no shared rate, or it could not be asked): nothing to release.</summary>
    public static SharedRateClaim Unshared => new(TimeSpan.Zero, 0);

    public static SharedRateClaim WaitFor(TimeSpan wait) => new(wait, 0);
}
