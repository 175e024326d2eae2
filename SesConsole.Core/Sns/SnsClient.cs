using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Operations;
using SesConsole.Core.Sns.Operations;
using SesConsole.Core.Sns.Transport;

namespace SesConsole.Core.Sns;

/// <summary><see cref="ISnsClient"/> for one region over <see cref="SnsServiceClient"/>.</summary>
internal sealed class SnsClient(SnsServiceClient transport) : ISnsClient
{
    public string Region => transport.Region;

    public async Task<ListTopicsResponse> ListTopicsAsync(string? nextToken, CancellationToken cancellationToken)
    {
        var result = await transport.SendAsync(ListTopicsOperation.Write(nextToken), cancellationToken).ConfigureAwait(false);
        try
        {
            return ListTopicsOperation.Read(result);
        }
        catch (SesResponseFormatException ex)
        {
            throw new SesCallException(
                "ServiceUnavailable", $"SNS's answer to ListTopics could not be read: {ex.Message}.", System.Net.HttpStatusCode.OK, result.RequestId, ex);
        }
    }
}
