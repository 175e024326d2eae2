using SesConsole.LocalSes;

namespace SesConsole.Web.Local;

/// <summary>
/// Runs SesConsole.LocalSes inside the web app when <c>Ses:Mode</c> is <c>Local</c>: started with the host, stopped
/// with it. The console still reaches it over HTTP through the same SES client as real SES.
/// </summary>
public sealed class EmbeddedLocalSes(LocalSesOptions options, ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private LocalSesServer? _server;

    public LocalSesServer Server =>
        _server ?? throw new InvalidOperationException("The embedded LocalSes has not started yet.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        options.LoggerFactory ??= loggerFactory;
        _server = await LocalSesServer.StartAsync(options, cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is { } server)
        {
            _server = null;
            await server.DisposeAsync();
        }
    }
}
