using SesConsole.LocalSes;

namespace SesConsole.Tests.Integration.Core.Identities.Support;

/// <summary>
/// A LocalSes on a free loopback port over a SQLite file in its own temporary folder, restartable on the same file
/// and port so a client built once keeps talking to it.
/// </summary>
internal sealed class LocalSesEndpoint : IAsyncDisposable
{
    public const string AccessKeyId = "AKIAINTEGRATION00001";
    public const string SecretAccessKey = "IntegrationFakeSecret/NotForAws+0000000";
    public const string Region = "us-east-1";
    public const string AccountId = LocalSesOptions.DefaultAccountId;

    private readonly LocalSesOptions _options;
    private readonly string _folder;
    private bool _disposed;

    private LocalSesEndpoint(LocalSesServer server, LocalSesOptions options, string folder)
    {
        Server = server;
        _options = options;
        _folder = folder;
    }

    public LocalSesServer Server { get; private set; }

    public Uri BaseAddress => Server.BaseAddress;

    public static async Task<LocalSesEndpoint> StartAsync(Action<LocalSesOptions>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("sesconsole-integration-").FullName;
        var options = new LocalSesOptions
        {
            Url = "http://127.0.0.1:0",
            DatabasePath = Path.Combine(folder, "localses.db"),
            Credentials = [new LocalSesCredential { AccessKeyId = AccessKeyId, SecretAccessKey = SecretAccessKey }],
            DnsCheckInterval = TimeSpan.Zero,
        };
        configure?.Invoke(options);
        try
        {
            return new LocalSesEndpoint(await LocalSesServer.StartAsync(options, CancellationToken.None), options, folder);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>Stops the server and starts a new one on the same SQLite file and the same port.</summary>
    public async Task RestartAsync(Action<LocalSesOptions>? reconfigure = null)
    {
        var port = Server.BaseAddress.Port;
        await Server.DisposeAsync();
        _options.Url = $"http://127.0.0.1:{port}";
        reconfigure?.Invoke(_options);
        Server = await LocalSesServer.StartAsync(_options, CancellationToken.None);
    }

    public long Count(string action) => Server.RequestCounts.TryGetValue(action, out var n) ? n : 0;

    public long TotalCount => Server.RequestCounts.Values.Sum();

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await Server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
