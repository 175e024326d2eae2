using SesConsole.Tests.Support;
using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SesConsole.Tests.Integration.Sharing;
using SesConsole.Tests.Support.SignIn;
using SesConsole.Web.Sharing;

namespace SesConsole.Tests.Integration.Hardening;

/// <summary>
/// Behind a TLS-terminating proxy: the scheme and client address come only from the configured proxy, so cookies are
/// Secure, HSTS is sent and plain HTTP is redirected; share rate limits count the forwarded client, not the proxy.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ProxyTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.5");

    private static Task<HttpContext> SendAsync(TestServer server, string path, IPAddress from, string? forwardedFor = null, string? forwardedProto = null) =>
        server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("console.example.com");
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = from;
            if (forwardedFor is not null)
            {
                context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }

            if (forwardedProto is not null)
            {
                context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
            }
        });

    private static ProductionAppFactory ProductionBehindProxy() => new(new Dictionary<string, string?>
    {
        ["Proxy:KnownProxies:0"] = Proxy.ToString(),
        ["https_port"] = "443",
    });

    [Fact]
    public async Task HttpsForwardedByTheKnownProxyGetsHstsAndNoRedirect()
    {
        await using var app = ProductionBehindProxy();

        var context = await SendAsync(app.Server, "/healthz", Proxy, "203.0.113.7", "https");

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.StartsWith("max-age=", context.Response.Headers.StrictTransportSecurity.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttpOutsideDevelopmentIsRedirectedToHttps()
    {
        await using var app = ProductionBehindProxy();

        var context = await SendAsync(app.Server, "/healthz", Proxy, "203.0.113.7", "http");

        Assert.Equal(StatusCodes.Status307TemporaryRedirect, context.Response.StatusCode);
        Assert.Equal("https://console.example.com/healthz", context.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task AForwardedSchemeFromAnUnknownAddressIsIgnored()
    {
        await using var app = ProductionBehindProxy();

        var context = await SendAsync(app.Server, "/healthz", IPAddress.Parse("198.51.100.9"), "203.0.113.7", "https");

        Assert.Equal(StatusCodes.Status307TemporaryRedirect, context.Response.StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopmentTheAuthAndAntiforgeryCookiesAreAlwaysSecure()
    {
        // A challenge would need the real Entra tenant; the cookie settings the handlers use are checked instead.
        await using var app = ProductionBehindProxy();

        var auth = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var antiforgery = app.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;

        Assert.Equal(CookieSecurePolicy.Always, auth.Cookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, antiforgery.Cookie.SecurePolicy);
        Assert.True(auth.Cookie.HttpOnly);
    }

    [Fact]
    public async Task ShareRateLimitsCountEachForwardedClientNotTheProxy()
    {
        using var folder = new TempFolder();
        await using var app = new ShareAppFactory(folder.Path, new Dictionary<string, string?> { ["Sharing:RequestsPerMinutePerClient"] = "3" });
        var path = await CreateLinkAsync(app);

        var first = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            first.Add((await SendAsync(app.Server, path, IPAddress.Loopback, "203.0.113.7")).Response.StatusCode);
        }

        var other = await SendAsync(app.Server, path, IPAddress.Loopback, "203.0.113.8");

        Assert.Equal([200, 200, 200, 429], first);
        Assert.Equal(StatusCodes.Status200OK, other.Response.StatusCode);
    }

    [Fact]
    public async Task AnIpv4MappedAddressAndLoopbackVariantsShareTheirClientsBucket()
    {
        using var folder = new TempFolder();
        await using var app = new ShareAppFactory(folder.Path, new Dictionary<string, string?> { ["Sharing:RequestsPerMinutePerClient"] = "2" });
        var path = await CreateLinkAsync(app);

        var mapped = new[]
        {
            (await SendAsync(app.Server, path, IPAddress.Parse("203.0.113.7"))).Response.StatusCode,
            (await SendAsync(app.Server, path, IPAddress.Parse("::ffff:203.0.113.7"))).Response.StatusCode,
            (await SendAsync(app.Server, path, IPAddress.Parse("203.0.113.7"))).Response.StatusCode,
        };
        var loopback = new[]
        {
            (await SendAsync(app.Server, path, IPAddress.Parse("127.0.0.1"))).Response.StatusCode,
            (await SendAsync(app.Server, path, IPAddress.IPv6Loopback)).Response.StatusCode,
            (await SendAsync(app.Server, path, IPAddress.Parse("127.0.0.2"))).Response.StatusCode,
        };

        Assert.Equal([200, 200, 429], mapped);
        Assert.Equal([200, 200, 429], loopback);
    }

    [Fact]
    public async Task AllClientsTogetherMeetTheGlobalCeiling()
    {
        using var folder = new TempFolder();
        await using var app = new ShareAppFactory(folder.Path, new Dictionary<string, string?> { ["Sharing:RequestsPerMinuteInTotal"] = "4" });
        var path = await CreateLinkAsync(app);

        var statuses = new List<int>();
        for (var i = 1; i <= 5; i++)
        {
            statuses.Add((await SendAsync(app.Server, path, IPAddress.Parse($"198.51.100.{i}"))).Response.StatusCode);
        }

        var console = await SendAsync(app.Server, "/healthz", IPAddress.Parse("198.51.100.9"));

        Assert.Equal([200, 200, 200, 200, 429], statuses);
        Assert.Equal(StatusCodes.Status200OK, console.Response.StatusCode);
    }

    private static async Task<string> CreateLinkAsync(ShareAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<IShareLinkService>().CreateAsync("us-east-1", "acme-shop.com", 7, CancellationToken.None);
        return created.Value!.Path!;
    }
}
