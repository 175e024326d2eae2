using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SesConsole.Tests.Core.Ses.Support;

/// <summary>
/// A real HTTP listener on 127.0.0.1 (port chosen by the OS) that records every request and answers with
/// whatever the test's responder returns for it. The responder also gets the 1-based number of the request.
/// </summary>
public sealed class LoopbackSes : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private Func<RecordedRequest, int, CancellationToken, Task<SesReply>> _responder;
    private int _count;

    private LoopbackSes(WebApplication app, Func<RecordedRequest, int, CancellationToken, Task<SesReply>> responder)
    {
        _app = app;
        _responder = responder;
    }

    public string Url { get; private set; } = string.Empty;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public int RequestCount => Volatile.Read(ref _count);

    public static Task<LoopbackSes> StartAsync(Func<RecordedRequest, SesReply> responder) =>
        StartAsync((request, _, _) => Task.FromResult(responder(request)));

    public static Task<LoopbackSes> StartAsync(Func<RecordedRequest, int, SesReply> responder) =>
        StartAsync((request, number, _) => Task.FromResult(responder(request, number)));

    public static async Task<LoopbackSes> StartAsync(Func<RecordedRequest, int, CancellationToken, Task<SesReply>> responder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var loopback = new LoopbackSes(app, responder);
        app.Run(loopback.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        loopback.Url = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/";
        return loopback;
    }

    public void Answer(Func<RecordedRequest, SesReply> responder) =>
        _responder = (request, _, _) => Task.FromResult(responder(request));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(
            context.Request.Method, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? string.Empty, headers, body);
        _requests.Enqueue(recorded);
        var number = Interlocked.Increment(ref _count);

        var reply = await _responder(recorded, number, context.RequestAborted);
        context.Response.StatusCode = (int)reply.Status;
        context.Response.ContentType = reply.ContentType;
        context.Response.Headers["x-amzn-RequestId"] = $"header-{number}";
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }
}
