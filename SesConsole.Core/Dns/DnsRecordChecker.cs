using System.Collections.Concurrent;
using DnsClient;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SesConsole.Core.Identities;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Dns;

internal sealed partial class DnsRecordChecker(
    IOptions<DnsCheckOptions> options, TimeProvider time, ILogger<DnsRecordChecker> logger) : IDnsRecordChecker
{
    private readonly DnsLookup _lookup = new(options.Value);
    private readonly TimeSpan _timeout = options.Value.Timeout;

    public async Task<DnsCheckReport> CheckAsync(string domain, IReadOnlyList<DnsRecord> expected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Validate(domain, expected);
        var answeredBy = new ConcurrentDictionary<string, bool>();

        var checks = await Task.WhenAll(expected.Select(r => CheckRecordAsync(domain, r, answeredBy, ct))).ConfigureAwait(false);

        var resolver = answeredBy.IsEmpty
            ? $"{_lookup.ServersDescription} (no answer)"
            : string.Join(", ", answeredBy.Keys.Order(StringComparer.Ordinal));
        LogChecked(domain, checks.Length, checks.Count(c => c.State != DnsCheckState.PublishedCorrectly), resolver);
        return new DnsCheckReport(domain, time.GetUtcNow(), resolver, checks);
    }

    private async Task<DnsRecordCheck> CheckRecordAsync(
        string domain, DnsRecord expected, ConcurrentDictionary<string, bool> answeredBy, CancellationToken ct)
    {
        var answer = await QueryAsync(expected.Name, QueryTypeOf(expected.Type), answeredBy, ct).ConfigureAwait(false);
        switch (answer.Status)
        {
            case DnsAnswerStatus.TimedOut:
                return RecordChecks.TimedOut(expected, _timeout);
            case DnsAnswerStatus.Failed:
                return RecordChecks.Failed(expected, answer.Error);
        }

        return Diagnose(expected, answer, expected.Name, domain)
            ?? await FindMisplacedAsync(domain, expected, answeredBy, ct).ConfigureAwait(false)
            ?? RecordChecks.Missing(expected, answer, domain);
    }

    private static DnsRecordCheck? Diagnose(DnsRecord expected, DnsAnswer answer, string name, string domain) =>
        (expected.Type switch
        {
            DnsRecordType.CNAME => CnameDiagnosis.Diagnose(expected, answer, name, domain),
            DnsRecordType.MX => MxDiagnosis.Diagnose(expected, answer, name),
            _ when expected.Role == DnsRecordRole.MailFromSpf => SpfDiagnosis.Diagnose(expected, answer, name),
            _ => TxtValueDiagnosis.Diagnose(expected, answer, name),
        }) ?? WrongTypeDiagnosis.CnameInstead(expected, answer, name);

    /// <summary>Nothing at the expected name: look where DNS hosts' forms commonly put it instead.</summary>
    private async Task<DnsRecordCheck?> FindMisplacedAsync(
        string domain, DnsRecord expected, ConcurrentDictionary<string, bool> answeredBy, CancellationToken ct)
    {
        var relative = DnsNames.Relative(expected.Name, domain);
        var probes = new List<(string Name, QueryType Type, Func<DnsAnswer, string, DnsRecordCheck?> Explain)>();

        var doubled = $"{expected.Name}.{domain}";
        if (doubled.Length <= SesLimits.MaxDomainLength)
        {
            probes.Add((doubled, QueryTypeOf(expected.Type), (answer, name) => Diagnose(expected, answer, name, domain) is null
                ? null
                : RecordChecks.Problem(expected,
                    $"The record is published at `{name}` instead of `{expected.Name}`: your DNS host added `{domain}` to the name you typed.",
                    $"Enter only `{relative}` as the record's name, since your DNS host adds `{domain}` itself.",
                    DnsValues.FormatAll(answer, name))));
        }

        if (expected.Role == DnsRecordRole.Verification)
        {
            probes.Add(($"amazonses.{domain}", QueryType.TXT, (answer, name) => TxtValueDiagnosis.Diagnose(expected, answer, name) is null
                ? null
                : RecordChecks.Problem(expected,
                    $"The token is published at `{name}`, without the leading underscore, but SES looks only at `{expected.Name}`.",
                    "Rename the record to `_amazonses`, with the underscore.",
                    DnsValues.FormatAll(answer, name))));
        }

        if (expected.Type == DnsRecordType.CNAME)
        {
            probes.Add((expected.Name, QueryType.TXT, (answer, name) => WrongTypeDiagnosis.TxtInstead(expected, answer, name)));
        }

        var answers = await Task.WhenAll(probes.Select(p => QueryAsync(p.Name, p.Type, answeredBy, ct))).ConfigureAwait(false);
        return probes.Zip(answers, (probe, answer) => probe.Explain(answer, probe.Name)).FirstOrDefault(c => c is not null);
    }

    private async Task<DnsAnswer> QueryAsync(
        string name, QueryType type, ConcurrentDictionary<string, bool> answeredBy, CancellationToken ct)
    {
        var answer = await _lookup.QueryAsync(name, type, ct).ConfigureAwait(false);
        if (answer.Server is not null)
        {
            answeredBy.TryAdd(answer.Server, true);
        }

        return answer;
    }

    private static QueryType QueryTypeOf(DnsRecordType type) => type switch
    {
        DnsRecordType.TXT => QueryType.TXT,
        DnsRecordType.CNAME => QueryType.CNAME,
        DnsRecordType.MX => QueryType.MX,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown DNS record type."),
    };

    private static void Validate(string domain, IReadOnlyList<DnsRecord> expected)
    {
        if (domain is null || !DnsNames.IsValid(domain))
        {
            throw new ArgumentException(
                $"'{domain}' is not a domain name: use lower case and no trailing dot, like example.com.", nameof(domain));
        }

        foreach (var record in expected)
        {
            if (record.Name is null || !DnsNames.IsValid(record.Name) || !DnsNames.IsWithin(record.Name, domain))
            {
                throw new ArgumentException($"The record name '{record.Name}' is not a name inside '{domain}'.", nameof(expected));
            }

            if (string.IsNullOrWhiteSpace(record.Value)
                || (record.Type == DnsRecordType.MX && !MxDiagnosis.TryParse(record.Value, out _, out _)))
            {
                throw new ArgumentException($"The {record.Type} record '{record.Name}' has no usable value.", nameof(expected));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Checked {RecordCount} DNS records of {Domain} via {Resolver}: {ProblemCount} not published correctly")]
    private partial void LogChecked(string domain, int recordCount, int problemCount, string resolver);
}
