using System.Net;
using DnsClient;
using DnsClient.Protocol;

namespace SesConsole.LocalSes.Verification;

/// <summary>
/// The DNS questions verification asks (TXT, CNAME, MX), through the configured servers or the system resolver.
/// A timeout or DNS error answers null, which the sweep treats as "not found yet".
/// </summary>
internal sealed class DnsLookup
{
    private readonly LookupClient _client;
    private readonly TimeSpan _timeout;

    public DnsLookup(IReadOnlyList<IPEndPoint> servers, TimeSpan timeout)
    {
        _timeout = timeout;
        var options = servers.Count == 0 ? new LookupClientOptions() : new LookupClientOptions(servers.ToArray());
        options.Timeout = timeout;
        options.Retries = 0;
        options.UseCache = false;
        options.ThrowDnsErrors = false;
        _client = new LookupClient(options);
    }

    /// <summary>The TXT records of <paramref name="name"/> with how the DNS answered (for SES's VerificationInfo).</summary>
    public async Task<TxtLookup> TxtLookupAsync(string name, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_timeout);
        IDnsQueryResponse response;
        try
        {
            response = await _client.QueryAsync(name, QueryType.TXT, QueryClass.IN, timeout.Token);
        }
        catch (DnsResponseException)
        {
            return new TxtLookup(TxtAnswerKind.ServerError, [], null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new TxtLookup(TxtAnswerKind.ServerError, [], null);
        }

        var soa = response.Authorities.SoaRecords().Select(r => new SoaFinding(
            r.MName.Value.TrimEnd('.'), r.RName.Value.TrimEnd('.'), r.Serial)).FirstOrDefault();
        var values = response.Answers.TxtRecords().SelectMany(r => r.Text).ToList();
        var kind = response.Header.ResponseCode switch
        {
            DnsHeaderResponseCode.NotExistentDomain => TxtAnswerKind.NoSuchName,
            DnsHeaderResponseCode.NoError => values.Count > 0 ? TxtAnswerKind.Found : TxtAnswerKind.NoRecordOfType,
            _ => TxtAnswerKind.ServerError,
        };
        return new TxtLookup(kind, values, soa);
    }

    public async Task<IReadOnlyList<string>?> CnameAsync(string name, CancellationToken ct) =>
        (await QueryAsync(name, QueryType.CNAME, ct))?.CnameRecords().Select(r => r.CanonicalName.Value.TrimEnd('.')).ToList();

    public async Task<IReadOnlyList<string>?> MxAsync(string name, CancellationToken ct) =>
        (await QueryAsync(name, QueryType.MX, ct))?.MxRecords().Select(r => r.Exchange.Value.TrimEnd('.')).ToList();

    private async Task<IEnumerable<DnsResourceRecord>?> QueryAsync(string name, QueryType type, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_timeout);
        try
        {
            var response = await _client.QueryAsync(name, type, QueryClass.IN, timeout.Token);
            return response.HasError ? null : response.Answers;
        }
        catch (DnsResponseException)
        {
            return null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    public static IPEndPoint ParseServer(string text) =>
        IPEndPoint.TryParse(text, out var endpoint)
            ? endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, 53) : endpoint
            : throw new FormatException($"DNS server '{text}' is not an IP address with an optional :port.");
}
