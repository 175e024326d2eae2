using SesConsole.Tests.Support.SignIn;

namespace SesConsole.Tests.Integration.SignIn;

/// <summary>A sign-in started at a path that would lead off-site ends on the home page: the real flow over HTTP
/// against LocalEntra, checking the <c>Location</c> the app's <c>/signin-oidc</c> answers with.</summary>
[Trait("Category", "Integration")]
public sealed class LocalReturnPathHttpTests(AuthAppFixture fixture) : IClassFixture<AuthAppFixture>
{
    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("//evil.example/path?x=1")]
    [InlineData("/%2F%2Fevil.example/")]
    [InlineData("/%5Cevil.example/")]
    [InlineData("/%2F%5Cevil.example/")]
    public async Task ASignInStartedAtAnOffSitePathLandsOnTheHomePage(string path)
    {
        var start = new Uri("https://localhost" + path, UriKind.Absolute);
        Assert.Equal(path.Split('?')[0], start.AbsolutePath);

        var (client, landing) = await SignedInClient.SignInFromAsync(fixture.App, "admin", start);
        using var _ = client;

        Assert.Equal("/", landing.OriginalString);
    }

    [Fact]
    public async Task ASignInStartedAtALocalPageLandsOnThatPage()
    {
        var (client, landing) = await SignedInClient.SignInFromAsync(
            fixture.App, "viewer", new Uri(SignedInClient.AppOrigin, "/audit?identity=ops%40example.com"));
        using var _ = client;

        Assert.Equal("/audit?identity=ops%40example.com", landing.OriginalString);
    }
}
