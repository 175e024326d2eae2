using SesConsole.Core.Ses.Operations;

namespace SesConsole.Core.Ses.Transport;

/// <summary>Sends one SES API v2 (REST-JSON) call; failures arrive as <see cref="SesCallException"/>.</summary>
internal interface ISesRestTransport
{
    string Region { get; }

    Task<SesRestResult> SendAsync(SesRestCall call, CancellationToken cancellationToken);
}
