using System.Net;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Tests.Support.SignIn;
using SesConsole.Web.Audit;
using SesConsole.Web.Security;
using SesConsole.Web.Security.Sessions;

namespace SesConsole.Tests.Integration.SignIn;

/// <summary>Sessions live in the console database: signing out or ending them anywhere ends every copy of the cookie
/// and every live circuit; each ends at its absolute lifetime. Real sign-in through LocalEntra over HTTP.</summary>
[Trait("Category", "Integration")]
public sealed class ServerSideSessionTests(SessionAppFixture fixture) : IClassFixture<SessionAppFixture>
{
    private const string AdminObjectId = "a0000000-0000-4000-8000-000000000001";
    private const string ViewerObjectId = "a0000000-0000-4000-8000-000000000002";

    private static async Task SignOutAsync(SignedInClient client)
    {
        var page = await client.App.GetStringAsync("/access-denied");
        var (action, fields) = await SignedInClient.ParseFormAsync(page, CancellationToken.None);
        using var signOut = await client.App.PostAsync(action, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
    }

    private static async Task<HttpStatusCode> HomeStatusAsync(HttpClient client, string? cookieHeader = null)
    {
        // The identities grid of the default region (the overview is at "/").
        using var request = new HttpRequestMessage(HttpMethod.Get, "/regions/us-east-1/identities");
        if (cookieHeader is not null)
        {
            request.Headers.Add("Cookie", cookieHeader);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task TheCookieHoldsOnlyAKeyAndTheTicketLivesInTheDatabase()
    {
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");

        var key = admin.SessionKey();

        Assert.False(string.IsNullOrEmpty(key));
        var registry = fixture.App.Services.GetRequiredService<ISessionRegistry>();
        Assert.True(await registry.IsLiveAsync(key, CancellationToken.None));
        Assert.Equal(key, SessionClaims.KeyOf(admin.Ticket().Principal));
    }

    [Fact]
    public async Task ACopyOfTheCookieTakenBeforeSignOutNoLongerSignsAnyoneIn()
    {
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");
        var copied = admin.Cookies.GetCookieHeader(SignedInClient.AppOrigin);
        using var thief = fixture.App.CreateDefaultClient(SignedInClient.AppOrigin);
        Assert.Equal(HttpStatusCode.OK, await HomeStatusAsync(thief, copied));

        await SignOutAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, await HomeStatusAsync(thief, copied));
    }

    [Fact]
    public async Task EndingAPersonsSessionsSignsOutEveryBrowserOfThatPersonAndNobodyElse()
    {
        using var laptop = await SignedInClient.SignInAsync(fixture.App, "admin");
        using var desktop = await SignedInClient.SignInAsync(fixture.App, "admin");
        using var viewer = await SignedInClient.SignInAsync(fixture.App, "viewer");
        var registry = fixture.App.Services.GetRequiredService<ISessionRegistry>();

        var ended = await registry.EndAllAsync(AdminObjectId, CancellationToken.None);

        Assert.True(ended >= 2, $"Ended {ended} sessions.");
        Assert.Equal(HttpStatusCode.Redirect, await HomeStatusAsync(laptop.App));
        Assert.Equal(HttpStatusCode.Redirect, await HomeStatusAsync(desktop.App));
        Assert.Equal(HttpStatusCode.OK, await HomeStatusAsync(viewer.App));
    }

    [Fact]
    public async Task AnAdminsSignOutEverywhereEndsThePersonsSessionsAndIsAudited()
    {
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");
        using var viewer = await SignedInClient.SignInAsync(fixture.App, "viewer");
        await using var circuit = fixture.CircuitFor(admin);
        var administration = circuit.ServiceProvider.GetRequiredService<SessionAdministration>();

        var ended = await administration.SignOutEverywhereAsync(ViewerObjectId, "dev.viewer@sesconsole.local", CancellationToken.None);

        Assert.True(ended.Succeeded);
        Assert.True(ended.Value >= 1);
        Assert.Equal(HttpStatusCode.Redirect, await HomeStatusAsync(viewer.App));
        var audit = await fixture.App.Services.GetRequiredService<IAuditQuery>().FindAsync(new AuditFilter(), CancellationToken.None);
        var row = Assert.Single(audit.Items, r => r.Action == SessionAdministration.AuditAction && r.Outcome == nameof(AuditOutcome.Succeeded));
        Assert.Contains(ViewerObjectId, row.Identity, StringComparison.Ordinal);
        Assert.Equal(AdminObjectId, row.OperatorObjectId);
    }

    [Fact]
    public async Task AViewerCannotSignAnyoneOutEverywhereAndTheRefusalIsAudited()
    {
        using var viewer = await SignedInClient.SignInAsync(fixture.App, "viewer");
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");
        await using var circuit = fixture.CircuitFor(viewer);

        var outcome = await circuit.ServiceProvider.GetRequiredService<SessionAdministration>()
            .SignOutEverywhereAsync(AdminObjectId, "dev.admin@sesconsole.local", CancellationToken.None);

        Assert.Equal(FailureKind.AccessDenied, outcome.Failure!.Kind);
        Assert.Equal(HttpStatusCode.OK, await HomeStatusAsync(admin.App));
        var audit = await fixture.App.Services.GetRequiredService<IAuditQuery>().FindAsync(new AuditFilter(), CancellationToken.None);
        Assert.Contains(audit.Items, r => r.Action == SessionAdministration.AuditAction && r.Outcome == nameof(AuditOutcome.Refused));
    }

    [Fact]
    public async Task AnOpenPageCanChangeNothingOnceItsPersonSignedOutElsewhere()
    {
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");
        await using var circuit = fixture.CircuitFor(admin);
        var currentOperator = circuit.ServiceProvider.GetRequiredService<ICurrentOperator>();
        Assert.NotNull(await currentOperator.GetAsync(CancellationToken.None));

        await SignOutAsync(admin);

        Assert.Null(await currentOperator.GetAsync(CancellationToken.None));
        var service = circuit.ServiceProvider.GetRequiredService<IIdentityChanges>();
        var outcome = await service.VerifyEmailAsync(AuthAppFactory.Region, "after-sign-out@example.com", CancellationToken.None);
        Assert.False(outcome.Succeeded);
        Assert.Equal(FailureKind.AccessDenied, outcome.Failure.Kind);
    }

    [Fact]
    public async Task ALiveCircuitBecomesAnonymousWithinItsRevalidationIntervalOnceItsSessionEnds()
    {
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");
        await using var circuit = fixture.CircuitFor(admin);
        var state = circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var anonymous = new TaskCompletionSource();
        state.AuthenticationStateChanged += async changed =>
        {
            if ((await changed).User.Identity?.IsAuthenticated != true)
            {
                anonymous.TrySetResult();
            }
        };

        await SignOutAsync(admin);

        await anonymous.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.False((await state.GetAuthenticationStateAsync()).User.IsInRole(AppRoles.Admin));
    }

    [Fact]
    public async Task ASessionEndsAtItsAbsoluteLifetimeHoweverActiveItIs()
    {
        using var admin = await SignedInClient.SignInAsync(fixture.ShortLivedApp, "admin");
        var issued = admin.Ticket().Properties.IssuedUtc!.Value;
        var lifetime = SessionAppFixture.ShortLifetime;

        // Keep using it: activity must not extend the session.
        HttpStatusCode status;
        while ((status = await HomeStatusAsync(admin.App)) == HttpStatusCode.OK)
        {
            Assert.True(DateTimeOffset.UtcNow < issued + lifetime + TimeSpan.FromSeconds(10), "The session outlived its lifetime.");
            await Task.Delay(250);
        }

        var ended = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.True(ended >= issued + lifetime - TimeSpan.FromSeconds(1), $"Issued {issued:O}, ended {ended:O}.");
    }

    [Fact]
    public async Task SessionsLastEightHoursByDefault()
    {
        var before = DateTimeOffset.UtcNow;
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");

        var expires = admin.Ticket().Properties.ExpiresUtc;

        Assert.NotNull(expires);
        Assert.InRange(expires.Value, before.AddHours(8).AddSeconds(-5), DateTimeOffset.UtcNow.AddHours(8).AddSeconds(5));
    }
}
