using System.Security.Claims;
using Microsoft.Identity.Web;

namespace SesConsole.Web.Security;

/// <summary>What the console shows about the signed-in person; never a token.</summary>
/// <param name="DisplayName">Entra <c>name</c>, else the user name.</param>
/// <param name="UserName">Entra <c>preferred_username</c> (the identity's name claim).</param>
/// <param name="Roles">The app roles the token carries, SesConsole's own first.</param>
public sealed record SignedInPerson(string DisplayName, string UserName, IReadOnlyList<string> Roles)
{
    private const string NameClaim = "name";

    public bool IsAdmin => Roles.Contains(AppRoles.Admin, StringComparer.Ordinal);

    public static SignedInPerson? From(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } identity)
        {
            return null;
        }

        var userName = identity.Name ?? user.GetObjectId() ?? "unknown";
        // Entra's display name; GetDisplayName() of Microsoft.Identity.Web prefers preferred_username instead.
        var displayName = user.FindFirst(NameClaim)?.Value is { Length: > 0 } name ? name : userName;
        var roles = user.Identities
            .SelectMany(i => i.FindAll(i.RoleClaimType))
            .Select(c => c.Value)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(r => r is AppRoles.Admin or AppRoles.Viewer ? 0 : 1)
            .ThenBy(r => r, StringComparer.Ordinal)
            .ToList();
        return new SignedInPerson(displayName, userName, roles);
    }

    /// <summary>"Admin" for <c>SesConsole.Admin</c>: the chip text; other roles as they are.</summary>
    public static string RoleLabel(string role) => role switch
    {
        AppRoles.Admin => "Admin",
        AppRoles.Viewer => "Viewer",
        _ => role,
    };
}
