using SesConsole.Core.Ses.Operations;

namespace SesConsole.Core.Ses.Transport;

/// <summary>Sends one AWS Query call; failures arrive as <see cref="SesCallException"/>.</summary>
internal interface ISesQueryTransport
{
    string Region { get; }

    Task<SesQueryResult> SendAsync(SesQuery query, CancellationToken cancellationToken);
}
