using Amazon.Runtime.Internal;

namespace SesConsole.Core.Ses.Transport;

/// <summary>The SDK's metadata of one of the services our client speaks (<see cref="AwsQueryService"/>).</summary>
internal sealed class SesServiceMetadata(AwsQueryService service) : IServiceMetadata
{
    public string ServiceId => service.ServiceId;

    public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>(0);
}
