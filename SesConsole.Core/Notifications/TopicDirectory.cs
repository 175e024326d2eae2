using System.Collections.Concurrent;
using SesConsole.Core.Sns;

namespace SesConsole.Core.Notifications;

/// <summary>Singleton: the SNS topics of each region, listed page by page and kept a few minutes for everyone.</summary>
public sealed class TopicDirectory(ISnsClientFactory sns, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(5);

    /// <summary>Stops a runaway listing (an endpoint that keeps sending NextToken); 100 pages are 10,000 topics.</summary>
    private const int MaxPages = 100;

    private readonly ConcurrentDictionary<string, TopicList> _lists = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <exception cref="Ses.SesCallException">SNS refused or failed; not cached.</exception>
    public async Task<TopicList> ListAsync(string region, CancellationToken cancellationToken)
    {
        if (Fresh(region) is { } cached)
        {
            return cached;
        }

        var gate = _gates.GetOrAdd(region, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(region) is { } listedMeanwhile)
            {
                return listedMeanwhile;
            }

            var client = sns.ForRegion(region);
            var arns = new List<string>();
            string? token = null;
            var pages = 0;
            do
            {
                var page = await client.ListTopicsAsync(token, cancellationToken).ConfigureAwait(false);
                arns.AddRange(page.TopicArns);
                token = page.NextToken;
            }
            while (token is not null && ++pages < MaxPages);

            var list = new TopicList(region, arns.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), time.GetUtcNow());
            _lists[region] = list;
            return list;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var gate in _gates.Values)
        {
            gate.Dispose();
        }
    }

    private TopicList? Fresh(string region) =>
        _lists.TryGetValue(region, out var list) && time.GetUtcNow() - list.ListedAt < FreshFor ? list : null;
}
