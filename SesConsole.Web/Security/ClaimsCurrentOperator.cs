using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Identity.Web;
using SesConsole.Core.Operators;

namespace SesConsole.Web.Security;

/// <summary>The signed-in person of this circuit, as the identity service sees them.</summary>
public sealed class ClaimsCurrentOperator(AuthenticationStateProvider authenticationState) : ICurrentOperator
{
    public async ValueTask<OperatorInfo?> GetAsync(CancellationToken cancellationToken)
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var objectId = user.GetObjectId() ?? user.GetNameIdentifierId() ?? "unknown";
        var name = user.Identity.Name ?? user.GetDisplayName() ?? objectId;
        return new OperatorInfo(objectId, name, CanMutate: user.IsInRole(AppRoles.Admin));
    }
}
