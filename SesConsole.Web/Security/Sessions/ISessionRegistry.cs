namespace SesConsole.Web.Security.Sessions;

/// <summary>A person with live sessions, as an Admin sees them.</summary>
public sealed record SignedInPersonSessions(string ObjectId, string Name, int Sessions, DateTimeOffset LatestSignIn, DateTimeOffset LatestExpiry);

/// <summary>The server-side sessions: whether one is still live, who is signed in, and ending them.</summary>
public interface ISessionRegistry
{
    /// <summary>True while the session exists and has not reached its absolute lifetime.</summary>
    Task<bool> IsLiveAsync(string key, CancellationToken cancellationToken);

    Task<IReadOnlyList<SignedInPersonSessions>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Ends every session of one person; returns how many there were.</summary>
    Task<int> EndAllAsync(string personObjectId, CancellationToken cancellationToken);
}
