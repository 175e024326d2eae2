using System.Collections.Concurrent;
using SesConsole.Core.Operators;

namespace SesConsole.Tests.Core.Identities.Support;

internal sealed class RecordingAuditTrail : IAuditTrail
{
    private readonly ConcurrentQueue<AuditEntry> entries = new();

    public IReadOnlyList<AuditEntry> Entries => entries.ToArray();

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        entries.Enqueue(entry);
        return Task.CompletedTask;
    }
}
