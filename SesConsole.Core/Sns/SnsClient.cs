using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Transport;
using SesConsole.Core.Sns.Operations;

namespace SesConsole.Core.Sns;

/// <summary>
/// <see cref="ISnsClient"/> for one region: writes the call, sends it through the SES transport built for SNS
/// (<see cref="AwsQueryService.Sns"/>) on the same call path as SES's (<see cref="SesCallRunner"/>: time limit,
/// permission ledger, error mapping, logging) and reads the answer.
/// </summary>
internal sealed class SnsClient(ISesQueryTransport transport, SesCallRunner runner) : ISnsClient
{
    public string Region => transport.Region;

    public Task<ListTopicsResponse> ListTopicsAsync(string? nextToken, CancellationToken cancellationToken)
    {
        var query = ListTopicsOperation.Write(nextToken);
        return runner.RunAsync(query.Action, token => transport.SendAsync(query, token), r => r.RequestId, ListTopicsOperation.Read, cancellationToken);
    }
}
