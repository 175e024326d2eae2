using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Ses.Pacing;
using SesConsole.Core.Ses.Permissions;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Ses;

/// <summary>
/// One cached <see cref="ISesClient"/> and <see cref="ISesV2Client"/> per region over one SDK client, all sharing one
/// pacer keyed by region and operation (rate <see cref="SesOptions.RequestsPerSecondPerOperation"/>, one request in
/// flight per key; v2 operations have keys of their own, as at SES).
/// </summary>
internal sealed class SesClientFactory : ISesClientFactory, ISesV2ClientFactory, IDisposable
{
    private readonly SesOptions _options;
    private readonly SesClientOptions _clientOptions;
    private readonly ILoggerFactory _loggerFactory;
    private readonly SesRequestPacer _pacer;
    private readonly SesPermissionLedger _permissions;
    private readonly ConcurrentDictionary<string, Lazy<RegionClients>> _clients =
        new(StringComparer.Ordinal);

    private bool _disposed;

    public SesClientFactory(
        IOptions<SesOptions> options,
        IOptions<SesClientOptions> clientOptions,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider,
        SesPermissionLedger? permissions = null)
    {
        _permissions = permissions ?? new SesPermissionLedger(timeProvider);
        _options = options.Value;
        _clientOptions = clientOptions.Value;
        _loggerFactory = loggerFactory;
        _pacer = new SesRequestPacer(_options.RequestsPerSecondPerOperation, timeProvider, _options.BackgroundShare);
    }

    public ISesClient ForRegion(string region) => Clients(region).V1;

    ISesV2Client ISesV2ClientFactory.ForRegion(string region) => Clients(region).V2;

    public void Dispose()
    {
        _disposed = true;
        foreach (var entry in _clients.Values.Where(e => e.IsValueCreated))
        {
            entry.Value.Transport.Dispose();
        }

        _clients.Clear();
    }

    private RegionClients Clients(string region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            throw new ArgumentException("Give a region, such as eu-west-1.", nameof(region));
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        return _clients.GetOrAdd(region, r => new Lazy<RegionClients>(() => Create(r))).Value;
    }

    private RegionClients Create(string region)
    {
        var transport = SesServiceClientBuilder.Create(region, _options, _clientOptions, _pacer);
        return new RegionClients(
            transport,
            new SesClient(transport, _loggerFactory.CreateLogger<SesClient>(), _permissions, _clientOptions.TotalTimeout),
            new SesV2Client(transport, _loggerFactory.CreateLogger<SesV2Client>(), _permissions, _clientOptions.TotalTimeout));
    }

    private sealed record RegionClients(SesServiceClient Transport, SesClient V1, SesV2Client V2);
}
