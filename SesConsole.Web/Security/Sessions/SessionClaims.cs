using System.Security.Claims;

namespace SesConsole.Web.Security.Sessions;

/// <summary>The claim that ties a principal to its server-side session, so a live circuit can look it up.</summary>
public static class SessionClaims
{
    public const string SessionKey = "sesconsole:session";

    public static string? KeyOf(ClaimsPrincipal user) => user.FindFirst(SessionKey)?.Value;
}
