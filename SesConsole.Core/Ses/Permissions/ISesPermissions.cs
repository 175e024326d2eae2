namespace SesConsole.Core.Ses.Permissions;

/// <summary>What SES answered about this console's credentials, per region and action: learned from real calls only.</summary>
public interface ISesPermissions
{
    /// <summary>One entry per region the console has called, each action with what SES last answered (or nothing yet).</summary>
    IReadOnlyList<RegionPermissions> Snapshot(IReadOnlyList<string> regions);
}

/// <summary>What SES last answered for one action in one region.</summary>
public enum PermissionState
{
    /// <summary>The console has not called this action in this region since it started.</summary>
    NotSeen,
    /// <summary>SES answered the last call (successfully or with an error that is not about permissions).</summary>
    Allowed,
    /// <summary>SES answered the last call with AccessDenied: the credentials lack this IAM action.</summary>
    Refused,
}

/// <param name="At">When SES answered, for <see cref="PermissionState.Allowed"/> and <see cref="PermissionState.Refused"/>.</param>
/// <param name="Message">SES's message of the refusal.</param>
public sealed record ActionPermission(string Action, PermissionState State, DateTimeOffset? At, string? Message, string? RequestId)
{
    public string IamAction => ConsoleSesActions.Iam(Action);
}

public sealed record RegionPermissions(string Region, IReadOnlyList<ActionPermission> Actions)
{
    public IEnumerable<ActionPermission> Refused => Actions.Where(a => a.State == PermissionState.Refused);
}
