using System.Collections.Concurrent;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;

namespace SesConsole.Tests.Support.Web;

/// <summary>Records what the pages asked to check; answers every record as published correctly unless a gate holds it.</summary>
public sealed class FakeDnsRecordChecker : IDnsRecordChecker
{
    public ConcurrentQueue<(string Domain, DnsRecord[] Records)> Calls { get; } = new();

    public TaskCompletionSource? Gate { get; set; }

    public async Task<DnsCheckReport> CheckAsync(string domain, IReadOnlyList<DnsRecord> expected, CancellationToken ct)
    {
        Calls.Enqueue((domain, expected.ToArray()));
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(ct);
        }

        return new DnsCheckReport(domain, new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero), "127.0.0.1:53",
            expected.Select(r => new DnsRecordCheck(r, DnsCheckState.PublishedCorrectly, "Published.", null, [r.Value])).ToList());
    }
}
