using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// Turns a <see cref="SesRestRequest"/> into the SDK's request: method, path (each placeholder value given to the SDK
/// as a path resource, which encodes it as one segment, '/' included) and an <c>application/json</c> body.
/// </summary>
internal sealed class SesRestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public const string JsonContentType = "application/json";

    public static SesRestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var call = ((SesRestRequest)input).Call;
        IRequest request = new DefaultRequest(input, AwsQueryService.Ses.ServiceId)
        {
            HttpMethod = call.Method,
            ResourcePath = call.ResourcePath,
        };
        foreach (var (placeholder, value) in call.PathValues)
        {
            request.AddPathResource(placeholder, value);
        }

        if (call.JsonBody is { } body)
        {
            request.Content = body;
            request.Headers["Content-Type"] = JsonContentType;
        }

        return request;
    }
}
