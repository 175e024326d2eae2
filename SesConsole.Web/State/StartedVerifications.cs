using System.Collections.Concurrent;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;

namespace SesConsole.Web.State;

/// <summary>
/// The verifications this operator started in this circuit (scoped), so that the one who started it is told when SES
/// verifies it (a snackbar "example.com is now verified"), on whatever page they are by then. Names are kept exactly as
/// the service returned them.
/// </summary>
public sealed class StartedVerifications
{
    private readonly ConcurrentDictionary<(string Region, string Name), byte> _started = new();

    public void Add(string region, string name) => _started[(region, name)] = 0;

    public bool IsWatching(string region, string name) => _started.ContainsKey((region, name));

    /// <summary>The changes that end one of this operator's verifications (verified or failed); each is reported once.</summary>
    public IReadOnlyList<IdentityStatusChange> TakeFinished(IdentityIndexChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.StatusChanges
            .Where(c => c.After is VerificationStatus.Success or VerificationStatus.Failed)
            .Where(c => _started.TryRemove((c.Region, c.Name), out _))
            .ToList();
    }

    public static string Message(IdentityStatusChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.After == VerificationStatus.Success
            ? $"{change.Name} is now verified in {change.Region}."
            : $"Verification of {change.Name} failed in {change.Region}: open it to see what to fix.";
    }
}
