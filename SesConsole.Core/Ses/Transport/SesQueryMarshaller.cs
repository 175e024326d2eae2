using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// Turns a <see cref="SesQueryRequest"/> into the SDK's request: POST / with Action, the service's Version and the
/// form parameters.
/// </summary>
internal sealed class SesQueryMarshaller(AwsQueryService service) : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var query = ((SesQueryRequest)input).Query;
        IRequest request = new DefaultRequest(input, service.ServiceId)
        {
            HttpMethod = "POST",
            ResourcePath = "/",
        };
        request.Parameters.Add("Action", query.Action);
        request.Parameters.Add("Version", service.ApiVersion);
        foreach (var (name, value) in query.Parameters)
        {
            request.Parameters.Add(name, value);
        }

        return request;
    }
}
