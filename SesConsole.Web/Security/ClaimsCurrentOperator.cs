using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Identity.Web;
using SesConsole.Core.Operators;
using SesConsole.Web.Security.Sessions;

namespace SesConsole.Web.Security;

/// <summary>
/// The signed-in person of this circuit, as the identity service sees them: nobody once their server-side session
/// has ended (signed out in another tab, ended by an Admin, expired), without waiting for the circuit's revalidation.
/// </summary>
public sealed class ClaimsCurrentOperator(AuthenticationStateProvider authenticationState, ISessionRegistry sessions) : ICurrentOperator
{
    public async ValueTask<OperatorInfo?> GetAsync(CancellationToken cancellationToken)
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated != true
            || SessionClaims.KeyOf(user) is not { } session
            || !await sessions.IsLiveAsync(session, cancellationToken))
        {
            return null;
        }

        var objectId = user.GetObjectId() ?? user.GetNameIdentifierId() ?? "unknown";
        var name = user.Identity.Name ?? user.GetDisplayName() ?? objectId;
        return new OperatorInfo(objectId, name, CanMutate: user.IsInRole(AppRoles.Admin));
    }
}
