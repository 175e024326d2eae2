using System.Collections.Concurrent;

namespace SesConsole.Core.Ses.Permissions;

/// <summary>
/// Remembers, per region and action, whether SES's last answer to this console was AccessDenied. Fed by the SES
/// client with every real answer; never probes (a probe of a mutating action would change something).
/// </summary>
internal sealed class SesPermissionLedger(TimeProvider time) : ISesPermissions
{
    private readonly ConcurrentDictionary<(string Region, string Action), ActionPermission> _answers = new();

    public void NoteAnswered(string region, string action) =>
        _answers[(region, action)] = new ActionPermission(action, PermissionState.Allowed, time.GetUtcNow(), null, null);

    public void NoteRefused(string region, string action, string message, string? requestId) =>
        _answers[(region, action)] = new ActionPermission(action, PermissionState.Refused, time.GetUtcNow(), message, requestId);

    public IReadOnlyList<RegionPermissions> Snapshot(IReadOnlyList<string> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        return regions
            .Select(region => new RegionPermissions(
                region,
                ConsoleSesActions.All
                    .Select(action => _answers.TryGetValue((region, action), out var answer)
                        ? answer
                        : new ActionPermission(action, PermissionState.NotSeen, null, null, null))
                    .ToList()))
            .ToList();
    }
}
