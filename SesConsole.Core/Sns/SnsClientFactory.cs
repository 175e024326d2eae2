using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Permissions;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Sns;

/// <summary>
/// One cached <see cref="ISnsClient"/> per region over SES's transport built for SNS (same credentials, retries and
/// endpoint override; not paced: SNS allows far more than SES's 1 request/s, and the console caches the topic list).
/// </summary>
internal sealed class SnsClientFactory(
    IOptions<SesOptions> options, IOptions<SesClientOptions> clientOptions, ILoggerFactory loggerFactory, SesPermissionLedger permissions)
    : ISnsClientFactory, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<(SesServiceClient Transport, SnsClient Client)>> _clients = new(StringComparer.Ordinal);

    public ISnsClient ForRegion(string region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            throw new ArgumentException("Give a region, such as eu-west-1.", nameof(region));
        }

        return _clients.GetOrAdd(region, r => new Lazy<(SesServiceClient, SnsClient)>(() => Create(r))).Value.Client;
    }

    public void Dispose()
    {
        foreach (var entry in _clients.Values.Where(e => e.IsValueCreated))
        {
            entry.Value.Transport.Dispose();
        }

        _clients.Clear();
    }

    private (SesServiceClient, SnsClient) Create(string region)
    {
        var transport = SesServiceClientBuilder.Create(region, options.Value, clientOptions.Value, AwsQueryService.Sns, pacer: null);
        var runner = new SesCallRunner(
            loggerFactory.CreateLogger<SnsClient>(), "SNS", region, permissions, clientOptions.Value.TotalTimeout);
        return (transport, new SnsClient(transport, runner));
    }
}
