using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.WebUtilities;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.SignIn;
using SesConsole.Web.Security;

namespace SesConsole.Tests.Integration.SignIn;

/// <summary>The real authorization-code flow over HTTP, against LocalEntra on a random loopback port.</summary>
[Trait("Category", "Integration")]
public sealed class HttpSignInTests(AuthAppFixture fixture) : IClassFixture<AuthAppFixture>
{
    /// <summary>The identities grid of the default region (the overview is at "/").</summary>
    private const string GridPath = "/regions/us-east-1/identities";

    private const string AdminObjectId = "a0000000-0000-4000-8000-000000000001";

    private Uri AuthorizeEndpoint => new(fixture.Entra.Origin, $"{LocalEntraProcess.TenantId}/oauth2/v2.0/authorize");

    private Uri LogoutEndpoint => new(fixture.Entra.Origin, $"{LocalEntraProcess.TenantId}/oauth2/v2.0/logout");

    [Theory]
    [InlineData("/")]
    [InlineData("/audit")]
    [InlineData("/identities/example.com")]
    [InlineData("/access-denied")]
    public async Task AnonymousIsSentToTheProviderWithAnAuthorizationCodeRequestUsingPkce(string path)
    {
        using var client = SignedInClient.Anonymous(fixture.App);

        using var response = await client.App.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(AuthorizeEndpoint.GetLeftPart(UriPartial.Path), location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal(LocalEntraProcess.ClientId, query["client_id"]);
        Assert.Equal("https://localhost/signin-oidc", query["redirect_uri"]);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/not-found")]
    [InlineData("/account/signed-out")]
    public async Task OnlyTheHealthNotFoundAndSignedOutPagesAnswerAnonymously(string path)
    {
        using var client = SignedInClient.Anonymous(fixture.App);

        using var response = await client.App.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AdminGetsTheIdentitiesPageWithVerifyButtonsAndTheirName()
    {
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");

        using var response = await admin.App.GetAsync(GridPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"verify-email\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"verify-domain\"", html, StringComparison.Ordinal);
        Assert.Contains("Dev Admin", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GridPath)]
    [InlineData("/audit")]
    [InlineData(GridPath + "/example.com")]
    public async Task ViewerGetsEveryPageWithoutMutationButtons(string path)
    {
        using var viewer = await SignedInClient.SignInAsync(fixture.App, "viewer");

        using var response = await viewer.App.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Dev Viewer", html, StringComparison.Ordinal);
        foreach (var button in new[] { "verify-email", "verify-domain", "row-delete", "empty-verify-email", "delete", "setup-dkim", "resend" })
        {
            Assert.DoesNotContain($"data-testid=\"{button}\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/audit")]
    public async Task NoRoleIsSentToTheAccessDeniedPageWhichNamesTheRolesToAskFor(string path)
    {
        using var noRole = await SignedInClient.SignInAsync(fixture.App, "norole");

        using var response = await noRole.App.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/access-denied", response.Headers.Location!.IsAbsoluteUri
            ? response.Headers.Location.AbsolutePath
            : response.Headers.Location.OriginalString.Split('?')[0]);
        using var page = await noRole.App.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(AppRoles.Admin, html, StringComparison.Ordinal);
        Assert.Contains(AppRoles.Viewer, html, StringComparison.Ordinal);
        Assert.Contains("dev.norole@sesconsole.local", html, StringComparison.Ordinal);
        Assert.Contains("You have no role in SesConsole", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBlazorHubRefusesAnAnonymousConnection()
    {
        using var client = SignedInClient.Anonymous(fixture.App);

        using var response = await client.App.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"Got {response.StatusCode}.");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheBlazorHubRefusesASignedInPersonWithoutARole()
    {
        using var noRole = await SignedInClient.SignInAsync(fixture.App, "norole");

        using var response = await noRole.App.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheBlazorHubAcceptsAViewer()
    {
        using var viewer = await SignedInClient.SignInAsync(fixture.App, "viewer");

        using var response = await viewer.App.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RolesBecomeRoleClaimsAndTheNameIsThePreferredUserName()
    {
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");

        var principal = admin.Ticket().Principal;

        var identity = Assert.IsType<ClaimsIdentity>(principal.Identity);
        Assert.Equal(ClaimTypes.Role, identity.RoleClaimType);
        Assert.True(principal.IsInRole(AppRoles.Admin));
        Assert.False(principal.IsInRole(AppRoles.Viewer));
        Assert.Equal([AppRoles.Admin], principal.FindAll(ClaimTypes.Role).Select(c => c.Value));
        Assert.Equal("dev.admin@sesconsole.local", identity.Name);
        Assert.Equal("Dev Admin", principal.FindFirst("name")?.Value);
        Assert.Equal(AdminObjectId, Microsoft.Identity.Web.ClaimsPrincipalExtensions.GetObjectId(principal));
    }

    [Fact]
    public async Task ThePersonWithoutRolesHasNoRoleClaim()
    {
        using var noRole = await SignedInClient.SignInAsync(fixture.App, "norole");

        var principal = noRole.Ticket().Principal;

        Assert.Empty(principal.FindAll(ClaimTypes.Role));
        Assert.False(principal.IsInRole(AppRoles.Admin));
        Assert.False(principal.IsInRole(AppRoles.Viewer));
    }

    [Fact]
    public async Task SignOutWithoutAnAntiforgeryTokenIsRefusedAndKeepsTheSession()
    {
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");

        using var response = await admin.App.PostAsync(SignOutEndpoint.Path, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var stillIn = await admin.App.GetAsync(GridPath);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task SignOutWithTheTokenEndsTheProviderSessionAndLandsOnTheSignedOutPage()
    {
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");
        var page = await admin.App.GetStringAsync("/access-denied");
        var (action, fields) = await SignedInClient.ParseFormAsync(page, CancellationToken.None);
        Assert.Equal(SignOutEndpoint.Path, action.AbsolutePath);
        Assert.True(fields.ContainsKey("__RequestVerificationToken"));

        using var signOut = await admin.App.PostAsync(action, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var logout = signOut.Headers.Location!;
        Assert.Equal(LogoutEndpoint.GetLeftPart(UriPartial.Path), logout.GetLeftPart(UriPartial.Path));
        Assert.Null(admin.AuthCookie());
        using var fromProvider = await admin.Provider.GetAsync(logout);
        Assert.Equal(HttpStatusCode.Found, fromProvider.StatusCode);
        Assert.Equal("/signout-callback-oidc", fromProvider.Headers.Location!.AbsolutePath);
        using var callback = await admin.App.GetAsync(fromProvider.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal(SignOutEndpoint.SignedOutPath, callback.Headers.Location!.OriginalString);
        using var signedOut = await admin.App.GetAsync(callback.Headers.Location);
        Assert.Contains("You have signed out", await signedOut.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var again = await admin.App.GetAsync(GridPath);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(AuthorizeEndpoint.GetLeftPart(UriPartial.Path), again.Headers.Location!.GetLeftPart(UriPartial.Path));
    }
}
