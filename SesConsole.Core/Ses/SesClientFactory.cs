using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Ses.Pacing;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Ses;

/// <summary>
/// One cached <see cref="ISesClient"/> per region, all sharing one pacer keyed by region and operation
/// (rate <see cref="SesOptions.RequestsPerSecondPerOperation"/>, one request in flight per key).
/// </summary>
internal sealed class SesClientFactory : ISesClientFactory, IDisposable
{
    private readonly SesOptions _options;
    private readonly SesClientOptions _clientOptions;
    private readonly ILoggerFactory _loggerFactory;
    private readonly SesRequestPacer _pacer;
    private readonly ConcurrentDictionary<string, Lazy<(SesServiceClient Transport, SesClient Client)>> _clients =
        new(StringComparer.Ordinal);

    private bool _disposed;

    public SesClientFactory(
        IOptions<SesOptions> options,
        IOptions<SesClientOptions> clientOptions,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider)
    {
        _options = options.Value;
        _clientOptions = clientOptions.Value;
        _loggerFactory = loggerFactory;
        _pacer = new SesRequestPacer(_options.RequestsPerSecondPerOperation, timeProvider);
    }

    public ISesClient ForRegion(string region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            throw new ArgumentException("Give a region, such as eu-west-1.", nameof(region));
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        return _clients.GetOrAdd(region, r => new Lazy<(SesServiceClient, SesClient)>(() => Create(r))).Value.Client;
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var entry in _clients.Values.Where(e => e.IsValueCreated))
        {
            entry.Value.Transport.Dispose();
        }

        _clients.Clear();
    }

    private (SesServiceClient, SesClient) Create(string region)
    {
        var transport = SesServiceClientBuilder.Create(region, _options, _clientOptions, _pacer);
        return (transport, new SesClient(transport, _loggerFactory.CreateLogger<SesClient>(), _clientOptions.TotalTimeout));
    }
}
