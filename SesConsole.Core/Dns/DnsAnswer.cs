using DnsClient.Protocol;

namespace SesConsole.Core.Dns;

internal enum DnsAnswerStatus
{
    /// <summary>NOERROR, possibly with no records of the asked type.</summary>
    Answered,
    /// <summary>NXDOMAIN.</summary>
    NameNotFound,
    TimedOut,
    /// <summary>SERVFAIL, REFUSED or another error code.</summary>
    Failed,
}

/// <param name="Server">The server that answered, described for people; null when none did.</param>
/// <param name="Error">The error code the server answered with, for <see cref="DnsAnswerStatus.Failed"/>.</param>
internal sealed record DnsAnswer(
    DnsAnswerStatus Status, IReadOnlyList<DnsResourceRecord> Records, string? Server, string? Error)
{
    public IEnumerable<T> RecordsAt<T>(string name) where T : DnsResourceRecord =>
        Records.OfType<T>().Where(r => DnsNames.Same(r.DomainName, name));
}
