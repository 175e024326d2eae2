using SesConsole.Core.Identities;

namespace SesConsole.Core.Dns;

public enum DnsCheckState
{
    PublishedCorrectly,
    Missing,
    PublishedWithProblem,
    /// <summary>The DNS server did not answer: nothing is known about the record.</summary>
    ResolverTimedOut,
    /// <summary>The DNS server answered with an error (SERVFAIL, REFUSED, ...): nothing is known about the record.</summary>
    ResolverFailed,
}

/// <param name="Summary">One sentence saying what was found.</param>
/// <param name="Fix">One sentence saying what to change; null when nothing needs changing.</param>
/// <param name="FoundValues">The values published where the diagnosis looked, as DNS returned them.</param>
public sealed record DnsRecordCheck(
    DnsRecord Expected, DnsCheckState State, string Summary, string? Fix, IReadOnlyList<string> FoundValues);

/// <param name="Resolver">The DNS server(s) that answered, e.g. "127.0.0.1:5353" or "system resolver 10.0.0.2".</param>
/// <param name="Records">One check per expected record, in the order given.</param>
public sealed record DnsCheckReport(
    string Domain, DateTimeOffset CheckedAt, string Resolver, IReadOnlyList<DnsRecordCheck> Records);
