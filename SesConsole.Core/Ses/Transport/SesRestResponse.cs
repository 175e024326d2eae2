using Amazon.Runtime;

namespace SesConsole.Core.Ses.Transport;

/// <summary>A 2xx REST-JSON answer as the unmarshaller found it: the raw body, read by the caller outside the SDK pipeline.</summary>
internal sealed class SesRestResponse : AmazonWebServiceResponse
{
    public byte[] Body { get; init; } = [];
}
