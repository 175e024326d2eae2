namespace SesConsole.Core.Ses.Pacing;

/// <summary>
/// SES's per-operation rate shared by every app instance of one account (a port: Web keeps the slots in the console's
/// database when instances share it). The pacer asks it right before each request, after its own in-process rules.
/// </summary>
public interface ISharedSesRate
{
    /// <summary>
    /// Tries to take the next request slot of <paramref name="key"/> (region and operation) now, keeping every instance's
    /// requests of the key at least <paramref name="interval"/> apart. Returns <see cref="TimeSpan.Zero"/> when taken
    /// (send at once), else how long until the slot is free (then ask again). A background request takes a slot only
    /// once the key has been free for one more interval, so an operator waiting on any instance goes first.
    /// </summary>
    Task<TimeSpan> TryClaimAsync(string key, TimeSpan interval, bool background, CancellationToken cancellationToken);
}
