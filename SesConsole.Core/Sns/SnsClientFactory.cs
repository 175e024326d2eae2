using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Ses;
using SesConsole.Core.Sns.Transport;

namespace SesConsole.Core.Sns;

/// <summary>One cached <see cref="ISnsClient"/> per region.</summary>
internal sealed class SnsClientFactory(IOptions<SesOptions> options, IOptions<SesClientOptions> clientOptions)
    : ISnsClientFactory, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<SnsServiceClient>> _clients = new(StringComparer.Ordinal);

    public ISnsClient ForRegion(string region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            throw new ArgumentException("Give a region, such as eu-west-1.", nameof(region));
        }

        var transport = _clients.GetOrAdd(
            region, r => new Lazy<SnsServiceClient>(() => SnsServiceClientBuilder.Create(r, options.Value, clientOptions.Value))).Value;
        return new SnsClient(transport);
    }

    public void Dispose()
    {
        foreach (var entry in _clients.Values.Where(e => e.IsValueCreated))
        {
            entry.Value.Dispose();
        }

        _clients.Clear();
    }
}
