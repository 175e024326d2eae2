using Amazon.Runtime.Internal;

namespace SesConsole.Core.Ses.Transport;

internal sealed class SesServiceMetadata : IServiceMetadata
{
    public const string Id = "SES";

    public static SesServiceMetadata Instance { get; } = new();

    public string ServiceId => Id;

    public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>(0);
}
