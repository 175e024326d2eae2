using System.Diagnostics;
using System.Net;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Integration.ScaleOut.Support;
using SesConsole.Tests.Support.Data;
using Xunit.Abstractions;

namespace SesConsole.Tests.Integration.ScaleOut;

/// <summary>
/// docs/deploy.md's YARP sample in front of two real instances (Kestrel on loopback ports, one PostgreSQL database):
/// the proxy's affinity cookie keeps a browser's requests on one instance, and once that instance is gone (its
/// readiness probe fails) the same cookie is served by the other. A signed-in operator, the sign-in callback and the
/// Blazor hub through the same proxy: <c>Browser/ScaleOut/ProxySignInBrowserTests</c>.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AffinityProxyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string AffinityCookie = AffinityProxy.AffinityCookie;
    private const string Path = "healthz";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
    private PostgresTestDatabase _database = null!;
    private LocalSesEndpoint _ses = null!;
    private ScaleOutInstance _a = null!;
    private ScaleOutInstance _b = null!;
    private AffinityProxy _proxy = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _ses = await LocalSesEndpoint.StartAsync();
        _a = new ScaleOutInstance("a", _database.ConnectionString, _ses, kestrel: true);
        _b = new ScaleOutInstance("b", _database.ConnectionString, _ses, kestrel: true);
        _proxy = await AffinityProxy.StartAsync(_a.StartAndGetAddress(), _b.StartAndGetAddress());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _proxy.DisposeAsync();
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _ses.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TheAffinityCookieKeepsRequestsOnOneInstanceAndTheOtherServesItWhenThatInstanceIsGone()
    {
        var cookies = new Dictionary<string, string>();
        using var first = await GetAsync(cookies);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(cookies.ContainsKey(AffinityCookie), "the proxy set its affinity cookie");
        var stickTo = AnsweredBy(first);

        for (var i = 0; i < 6; i++)
        {
            using var again = await GetAsync(cookies);
            Assert.Equal(stickTo, AnsweredBy(again));
        }

        var (gone, other) = stickTo == _a.InstanceId ? (_a, _b) : (_b, _a);
        await gone.DisposeAsync();
        var watch = Stopwatch.StartNew();
        var failed = 0;
        while (true)
        {
            using var answer = await GetAsync(cookies);
            if (answer.StatusCode == HttpStatusCode.OK)
            {
                output.WriteLine($"instance {stickTo} stopped: {failed} requests failed, then instance {AnsweredBy(answer)} answered {watch.Elapsed.TotalSeconds:F1} s later");
                Assert.Equal(other.InstanceId, AnsweredBy(answer));
                break;
            }

            failed++;
            Assert.True(watch.Elapsed < Patience, $"the proxy still failed after {Patience}");
            await Task.Delay(100);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(Dictionary<string, string> cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_proxy.Address, Path));
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var answer = await _http.SendAsync(request);
        foreach (var cookie in answer.Headers.TryGetValues("Set-Cookie", out var set) ? set : [])
        {
            var pair = cookie.Split(';')[0].Split('=', 2);
            cookies[pair[0]] = pair[1];
        }

        return answer;
    }

    private static string AnsweredBy(HttpResponseMessage answer) =>
        answer.Headers.TryGetValues(ScaleOutInstance.AnsweredByHeader, out var values) ? values.Single() : "(none)";
}
