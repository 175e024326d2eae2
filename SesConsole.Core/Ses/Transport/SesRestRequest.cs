using Amazon.Runtime;
using SesConsole.Core.Ses.Operations;

namespace SesConsole.Core.Ses.Transport;

/// <summary>Carries one <see cref="SesRestCall"/> through the SDK pipeline.</summary>
internal sealed class SesRestRequest(SesRestCall call) : AmazonWebServiceRequest, ISesPacedRequest
{
    public SesRestCall Call { get; } = call;

    public string Action => Call.Action;
}
