using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace SesConsole.Web.Security.Sessions;

/// <summary>
/// A live page re-checks its server-side session every <see cref="SessionOptions.RevalidationInterval"/>: once it has
/// been signed out (anywhere) or has expired, the circuit's user becomes anonymous and every page and change refuses.
/// </summary>
public sealed class SessionRevalidatingStateProvider(
    ILoggerFactory loggerFactory, ISessionRegistry sessions, IOptions<SessionOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var key = SessionClaims.KeyOf(authenticationState.User);
        return key is not null && await sessions.IsLiveAsync(key, cancellationToken);
    }
}
