using SesConsole.Tests.Support;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Tests.Integration.Sharing;
using SesConsole.Tests.Support.SignIn;
using SesConsole.Web.Sharing;

namespace SesConsole.Tests.Integration.Hardening;

/// <summary>Headers and cookies of the real app over HTTP: nosniff everywhere, the console's CSP, the share pages'
/// stricter CSP, Secure antiforgery cookies over HTTPS, and a hub that only its own pages may reach.</summary>
[Trait("Category", "Integration")]
public sealed partial class HeaderTests(AuthAppFixture fixture) : IClassFixture<AuthAppFixture>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/account/signed-out")]
    [InlineData("/not-found")]
    [InlineData("/favicon.svg")]
    [InlineData("/")]
    public async Task EveryAnswerSaysNosniffAndCarriesTheConsolePolicy(string path)
    {
        using var client = SignedInClient.Anonymous(fixture.App);

        using var response = await client.App.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains($"form-action 'self' {fixture.Entra.Origin.GetLeftPart(UriPartial.Authority)};", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedInPageHasOneConsolePolicyAndASecureAntiforgeryCookieOverHttps()
    {
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");

        using var response = await admin.App.GetAsync("/access-denied");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheAuthCookieIsSecureOverHttps()
    {
        using var admin = await SignedInClient.SignInAsync(fixture.App, "admin");

        var cookie = admin.Cookies.GetCookies(SignedInClient.AppOrigin)[".AspNetCore.Cookies"];

        Assert.NotNull(cookie);
        Assert.True(cookie.Secure);
        Assert.True(cookie.HttpOnly);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost")]
    [InlineData("https://localhost.evil.example")]
    [InlineData("null")]
    public async Task TheHubRefusesAConnectionFromAnotherOriginEvenWithAValidSession(string origin)
    {
        using var viewer = await SignedInClient.SignInAsync(fixture.App, "viewer");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);

        using var response = await viewer.App.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheHubAcceptsItsOwnOrigin()
    {
        using var viewer = await SignedInClient.SignInAsync(fixture.App, "viewer");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "https://localhost");

        using var response = await viewer.App.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ASharePageAndItsDownloadsHaveADefaultNonePolicyThatAllowsOnlyTheirOwnStyles()
    {
        using var folder = new TempFolder();
        await using var app = new ShareAppFactory(folder.Path);
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var scope = app.Services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<IShareLinkService>().CreateAsync("us-east-1", "acme-shop.com", 7, CancellationToken.None);
        var path = created.Value!.Path!;

        using var page = await anonymous.GetAsync(path);
        using var csv = await anonymous.GetAsync(path + "/records.csv");
        using var invalid = await anonymous.GetAsync(SharedDnsEndpoints.Prefix + "/not-a-token");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        var html = await page.Content.ReadAsStringAsync();
        foreach (Match style in StyleElement().Matches(html))
        {
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style.Groups[1].Value)));
            Assert.Contains($"'sha256-{hash}'", policy, StringComparison.Ordinal);
        }

        foreach (var answer in new[] { csv, invalid })
        {
            Assert.StartsWith("default-src 'none';", Assert.Single(answer.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(answer.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [GeneratedRegex("<style[^>]*>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
