using SesConsole.Core.Identities;

namespace SesConsole.Core.Dns;

/// <summary>Looks the records SES asks for up in live DNS and explains what is wrong with each.</summary>
public interface IDnsRecordChecker
{
    /// <param name="domain">Lower case, no trailing dot; every expected record must lie in it.</param>
    /// <exception cref="ArgumentException">The domain or a record name is not acceptable.</exception>
    Task<DnsCheckReport> CheckAsync(string domain, IReadOnlyList<DnsRecord> expected, CancellationToken ct);
}
