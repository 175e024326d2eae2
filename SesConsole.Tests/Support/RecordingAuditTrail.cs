using System.Collections.Concurrent;
using SesConsole.Core.Operators;

namespace SesConsole.Tests.Support;

/// <summary>Keeps every audit entry in memory so tests can see what the identity service recorded.</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    private readonly ConcurrentQueue<AuditEntry> _entries = new();

    public IReadOnlyList<AuditEntry> Entries => _entries.ToArray();

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        _entries.Enqueue(entry);
        return Task.CompletedTask;
    }
}
