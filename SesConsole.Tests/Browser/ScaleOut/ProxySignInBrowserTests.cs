using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SesConsole.Core.Index;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Integration.ScaleOut.Support;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Browser;
using SesConsole.Tests.Support.Data;
using Xunit.Abstractions;

namespace SesConsole.Tests.Browser.ScaleOut;

/// <summary>
/// An operator in Chromium through docs/deploy.md's YARP sample, in front of two real instances (Kestrel, one
/// PostgreSQL database, one LocalSes, one LocalEntra): the sign-in's redirect and callback go through the proxy, the
/// grid and the Blazor hub's WebSocket work through it, a verification is audited; then the instance the affinity
/// cookie points at stops, the next page comes from the other one with the operator still signed in and the audit row
/// listed, and signing out there ends the session on every instance.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ProxySignInBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Region = LocalSesEndpoint.Region;
    private const string Address = "proxied-operator@example.com";
    private static readonly string[] Seeded = ["first@proxy.example", "proxy.example", "second@proxy.example"];
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<string> _webSockets = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private PostgresTestDatabase _database = null!;
    private LocalSesEndpoint _ses = null!;
    private LocalEntraProcess _entra = null!;
    private readonly List<ScaleOutInstance> _instances = [];
    private AffinityProxy _proxy = null!;
    private ChromiumBrowser _chromium = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _ses = await LocalSesEndpoint.StartAsync();
        await _ses.Server.SeedIdentitiesAsync(Region, Seeded, CancellationToken.None);
        _entra = await LocalEntraProcess.StartAsync();
        var a = Instance("a");
        var b = Instance("b");
        _proxy = await AffinityProxy.StartAsync(a.StartAndGetAddress(), b.StartAndGetAddress());
        // What the sync does on the lease holder: the index (shared by both instances) lists what SES holds.
        await a.Services.GetRequiredService<IdentityIndexSync>().FullPassAsync(Region, pending: null, CancellationToken.None);
        _chromium = await ChromiumBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _proxy.DisposeAsync();
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await _entra.DisposeAsync();
        await _ses.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task AnOperatorSignsInThroughTheProxyVerifiesAnAddressAndStaysSignedInOnTheOtherInstanceUntilSigningOut()
    {
        await using var context = await _chromium.NewContextAsync(_proxy.Address);
        var page = await context.NewPageAsync();
        page.WebSocket += (_, socket) => _webSockets.Enqueue(socket.Url);
        page.Request += (_, request) => _requests.Enqueue(request.Url);

        await AppPages.SignInAsync(page, "admin");

        // The OIDC round trip went through the proxy: LocalEntra was asked to send the browser back to the proxy's
        // callback, and the browser posted the answer there.
        var callback = new Uri(_proxy.Address, "signin-oidc").ToString();
        var authorize = _requests.First(url => url.StartsWith(_entra.Origin.ToString(), StringComparison.Ordinal) && url.Contains("/authorize", StringComparison.Ordinal));
        Assert.Equal(callback, QueryHelpers.ParseQuery(new Uri(authorize).Query)["redirect_uri"].ToString());
        Assert.Contains(callback, _requests);
        await Assertions.Expect(page.Locator("[data-testid=user-name]")).ToHaveTextAsync("Dev Admin");
        await Assertions.Expect(page.Locator("a[data-testid=identity-link]")).ToHaveTextAsync(Seeded);
        // The live circuit (the page is interactive) runs over the hub's WebSocket through the proxy.
        Assert.NotEmpty(_webSockets);
        Assert.All(_webSockets, url => Assert.StartsWith($"ws://{_proxy.Address.Authority}/_blazor", url, StringComparison.Ordinal));

        await page.ClickAsync("button[data-testid=verify-email]");
        await page.FillAsync("[data-testid=verify-email-dialog] input", Address);
        await page.ClickAsync(".mud-dialog button[data-testid=submit]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("a[data-testid=identity-link]", new() { HasTextString = Address })).ToHaveCountAsync(1);
        Assert.Equal(1, _ses.Count("VerifyEmailIdentity"));
        var first = await OpenAuditAsync(page);
        await AssertAuditRowAsync(page);

        // The instance the affinity cookie points at goes away.
        var (gone, other) = first == "a" ? (_instances[0], _instances[1]) : (_instances[1], _instances[0]);
        var cookiesBefore = await context.CookiesAsync();
        var hubSocketsBefore = _webSockets.Count;
        await gone.DisposeAsync();
        _instances.Remove(gone);
        var watch = Stopwatch.StartNew();
        var failedLoads = new List<string>();
        var answeredBy = await OpenAuditAsync(page, failedLoads);
        output.WriteLine(
            $"instance {first} stopped; instance {answeredBy} served the audit page {watch.Elapsed.TotalSeconds:F1} s later, " +
            $"after {failedLoads.Count} failed loads ({string.Join("; ", failedLoads.Distinct())})");
        Assert.Equal(other.InstanceId, answeredBy);
        Assert.Equal(_proxy.Address.Authority, new Uri(page.Url).Authority);
        await Assertions.Expect(page.Locator("[data-testid=user-name]")).ToHaveTextAsync("Dev Admin");
        await AssertAuditRowAsync(page);
        Assert.True(_webSockets.Count > hubSocketsBefore, "the page on the other instance opened no hub WebSocket");
        Assert.All(_webSockets, url => Assert.StartsWith($"ws://{_proxy.Address.Authority}/_blazor", url, StringComparison.Ordinal));
        await Screenshots.SaveAsync(page, "proxy-failover-audit");

        // The session cookie is good on every instance until sign-out; afterwards on none.
        var restarted = Instance(gone.InstanceId);
        var everyInstance = new[] { other.StartAndGetAddress(), restarted.StartAndGetAddress() };
        var sessionCookies = cookiesBefore.Where(c => c.Name != AffinityProxy.AffinityCookie).ToArray();
        foreach (var instance in everyInstance)
        {
            Assert.Equal(HttpStatusCode.OK, await AuditStatusAsync(instance, sessionCookies));
        }

        await page.ClickAsync("button[data-testid=user-menu-button]");
        await page.ClickAsync("button[data-testid=sign-out]");
        await Assertions.Expect(page.Locator("[data-testid=signed-out]")).ToContainTextAsync("You have signed out");
        Assert.Equal(_proxy.Address.Authority, new Uri(page.Url).Authority);
        foreach (var instance in everyInstance)
        {
            Assert.Equal(HttpStatusCode.Redirect, await AuditStatusAsync(instance, sessionCookies));
        }

        await page.GotoAsync("/audit");
        await Assertions.Expect(page.Locator("button[name=login_hint][value=admin]")).ToBeVisibleAsync();
    }

    private ScaleOutInstance Instance(string id)
    {
        var instance = new ScaleOutInstance(id, _database.ConnectionString, _ses, _entra.AzureAdSettings(), kestrel: true);
        _instances.Add(instance);
        return instance;
    }

    /// <summary>Loads the audit page through the proxy and returns which instance answered. Given a list of failed
    /// loads, tries again while an instance that went away is still in the proxy's rotation (what an operator's reload
    /// does), and adds each failure to it.</summary>
    private static async Task<string> OpenAuditAsync(IPage page, List<string>? failedLoads = null)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            string failure;
            try
            {
                var answer = await page.GotoAsync("/audit");
                if (answer is { Status: 200 })
                {
                    await AppPages.WaitForCircuitAsync(page);
                    return (await answer.AllHeadersAsync())[ScaleOutInstance.AnsweredByHeader.ToLowerInvariant()];
                }

                failure = $"status {answer?.Status}";
            }
            catch (PlaywrightException error) when (failedLoads is not null)
            {
                // Chromium's own error for the proxy's empty 502 while the instance is still in its rotation.
                failure = error.Message.Split('\n')[0];
            }

            Assert.True(failedLoads is not null, $"the proxy answered {failure}");
            failedLoads.Add(failure);
            Assert.True(deadline.Elapsed < Patience, $"the proxy still answered {failure} after {Patience}");
            await Task.Delay(200);
        }
    }

    private static async Task AssertAuditRowAsync(IPage page)
    {
        var row = page.Locator("[data-testid=audit-grid] tr", new() { Has = page.Locator("[data-testid=audit-identity]", new() { HasTextString = Address }) });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("[data-testid=audit-who]")).ToHaveTextAsync("dev.admin@sesconsole.local");
        await Assertions.Expect(row.Locator("[data-testid=audit-outcome]")).ToHaveTextAsync("Succeeded");
    }

    /// <summary>What one instance answers, directly (not through the proxy), for the audit page with these cookies.</summary>
    private static async Task<HttpStatusCode> AuditStatusAsync(Uri instance, IEnumerable<BrowserContextCookiesResult> cookies)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(instance, "audit"));
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        using var answer = await http.SendAsync(request);
        return answer.StatusCode;
    }
}
