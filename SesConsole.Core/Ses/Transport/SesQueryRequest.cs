using Amazon.Runtime;
using SesConsole.Core.Ses.Operations;

namespace SesConsole.Core.Ses.Transport;

/// <summary>Carries one <see cref="SesQuery"/> through the SDK pipeline.</summary>
internal sealed class SesQueryRequest(SesQuery query) : AmazonWebServiceRequest, ISesPacedRequest
{
    public SesQuery Query { get; } = query;

    public string Action => Query.Action;
}
