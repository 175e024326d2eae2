namespace SesConsole.Core.Operators;

/// <summary>
/// Whether a person is still signed in to the console (the host's server-side sessions): work done on an operator's
/// behalf after their page is gone (a bulk job's lines) asks before each change, so signing out stops it.
/// </summary>
public interface IOperatorPresence
{
    /// <summary>True while the person (<see cref="OperatorInfo.ObjectId"/>) has at least one live session.</summary>
    Task<bool> IsSignedInAsync(string objectId, CancellationToken cancellationToken);
}
