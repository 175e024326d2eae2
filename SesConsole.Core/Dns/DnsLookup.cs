using System.Net;
using DnsClient;

namespace SesConsole.Core.Dns;

/// <summary>One DnsClient lookup, turned into a <see cref="DnsAnswer"/> instead of exceptions.</summary>
internal sealed class DnsLookup
{
    private readonly LookupClient _client;
    private readonly bool _systemResolvers;

    public DnsLookup(DnsCheckOptions options)
    {
        var servers = options.Servers
            .Select(s => DnsServerAddress.TryParse(s, out var endPoint)
                ? new NameServer(endPoint)
                : throw new ArgumentException($"Dns:Servers entry '{s}' is not an IP address or IP:port."))
            .ToArray();
        _systemResolvers = servers.Length == 0;
        var clientOptions = _systemResolvers ? new LookupClientOptions() : new LookupClientOptions(servers);
        clientOptions.UseCache = false;
        clientOptions.Timeout = options.Timeout;
        clientOptions.Retries = options.Retries;
        clientOptions.ThrowDnsErrors = false;
        _client = new LookupClient(clientOptions);
    }

    /// <summary>The configured servers, for a report in which none answered.</summary>
    public string ServersDescription => string.Join(", ", _client.NameServers.Select(Describe));

    public async Task<DnsAnswer> QueryAsync(string name, QueryType type, CancellationToken ct)
    {
        try
        {
            var response = await _client.QueryAsync(name, type, QueryClass.IN, ct).ConfigureAwait(false);
            var server = Describe(response.NameServer);
            return response.Header.ResponseCode switch
            {
                DnsHeaderResponseCode.NoError => new DnsAnswer(DnsAnswerStatus.Answered, response.Answers, server, null),
                DnsHeaderResponseCode.NotExistentDomain => new DnsAnswer(DnsAnswerStatus.NameNotFound, [], server, null),
                var code => new DnsAnswer(DnsAnswerStatus.Failed, [], server, DescribeCode(code)),
            };
        }
        catch (DnsResponseException e) when (!ct.IsCancellationRequested)
        {
            return e.Code == DnsResponseCode.ConnectionTimeout
                ? new DnsAnswer(DnsAnswerStatus.TimedOut, [], null, null)
                : new DnsAnswer(DnsAnswerStatus.Failed, [], null, e.Code.ToString());
        }
    }

    private string Describe(NameServer server)
    {
        var endPoint = new IPEndPoint(IPAddress.Parse(server.Address), server.Port);
        return _systemResolvers
            ? $"system resolver {(endPoint.Port == DnsServerAddress.DefaultPort ? endPoint.Address.ToString() : endPoint.ToString())}"
            : endPoint.ToString();
    }

    private static string DescribeCode(DnsHeaderResponseCode code) => code switch
    {
        DnsHeaderResponseCode.ServerFailure => "SERVFAIL",
        DnsHeaderResponseCode.Refused => "REFUSED",
        DnsHeaderResponseCode.NotImplemented => "NOTIMP",
        DnsHeaderResponseCode.FormatError => "FORMERR",
        _ => code.ToString(),
    };
}
