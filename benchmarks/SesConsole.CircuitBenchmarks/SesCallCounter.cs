using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SesConsole.CircuitBenchmarks;

/// <summary>
/// A loopback pass-through in front of the app's embedded LocalSes that counts every SES request the app sends, by
/// operation (v1: the Query protocol's <c>Action</c>; v2: method and path). The request goes on byte for byte with its
/// own Host header, so LocalSes checks the app's SigV4 signature as if it had been sent straight to it.
/// </summary>
internal sealed class SesCallCounter : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase) { "Transfer-Encoding", "Connection", "Keep-Alive" };

    private readonly WebApplication _proxy;
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    private SesCallCounter(WebApplication proxy) => _proxy = proxy;

    public Uri Address { get; private init; } = null!;

    public long Total => _counts.Values.Sum();

    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts, StringComparer.Ordinal);

    public static async Task<SesCallCounter> StartAsync(int port, Uri localSes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var proxy = builder.Build();
        var counter = new SesCallCounter(proxy) { Address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")) };
        proxy.Run(context => counter.ForwardAsync(context, localSes));
        await proxy.StartAsync();
        return counter;
    }

    private async Task ForwardAsync(HttpContext context, Uri localSes)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var bytes = body.ToArray();
        _counts.AddOrUpdate(Operation(context.Request, bytes), 1, (_, n) => n + 1);

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(localSes, context.Request.Path + context.Request.QueryString));
        request.Content = new ByteArrayContent(bytes);
        foreach (var (name, values) in context.Request.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                request.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        using var response = await _http.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static string Operation(HttpRequest request, byte[] body)
    {
        if (request.Path.StartsWithSegments("/v2", StringComparison.Ordinal))
        {
            // /v2/email/identities/{identity} is GetEmailIdentity; /v2/email/identities and /v2/email/list-identities list.
            var segments = request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
            return segments.Length == 4 ? "GetEmailIdentity" : "ListEmailIdentities";
        }

        var form = System.Text.Encoding.UTF8.GetString(body);
        var action = form.Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == "Action");
        return action is { Length: 2 } ? action[1] : "other";
    }

    public async ValueTask DisposeAsync()
    {
        await _proxy.DisposeAsync();
        _http.Dispose();
    }
}
