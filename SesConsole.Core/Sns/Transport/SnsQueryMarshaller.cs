using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Sns.Transport;

/// <summary>POST / with Action, SNS's Version and the form parameters.</summary>
internal sealed class SnsQueryMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static SnsQueryMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var query = ((SesQueryRequest)input).Query;
        IRequest request = new DefaultRequest(input, SnsServiceMetadata.Id)
        {
            HttpMethod = "POST",
            ResourcePath = "/",
        };
        request.Parameters.Add("Action", query.Action);
        request.Parameters.Add("Version", SnsServiceConfig.ApiVersion);
        foreach (var (name, value) in query.Parameters)
        {
            request.Parameters.Add(name, value);
        }

        return request;
    }
}
