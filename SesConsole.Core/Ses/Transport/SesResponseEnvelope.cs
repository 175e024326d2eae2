using SesConsole.Core.Ses.Operations;

namespace SesConsole.Core.Ses.Transport;

/// <summary>Unwraps <c>&lt;{Action}Response&gt;&lt;{Action}Result/&gt;&lt;ResponseMetadata/&gt;</c>.</summary>
internal static class SesResponseEnvelope
{
    public static SesQueryResult Open(string action, SesQueryResponse response)
    {
        var headerRequestId = response.ResponseMetadata?.RequestId;
        var root = response.Document?.Root;
        if (root is null)
        {
            throw new SesCallException(
                SesQueryUnmarshaller.NotSesErrorCode,
                $"SES answered {action} with HTTP {(int)response.HttpStatusCode} but the body is not XML ({response.ParseError}).",
                response.HttpStatusCode,
                headerRequestId);
        }

        if (root.Name != SesXml.Namespace + $"{action}Response")
        {
            throw new SesCallException(
                SesQueryUnmarshaller.NotSesErrorCode,
                $"SES answered {action} with an unexpected document <{root.Name.LocalName}>.",
                response.HttpStatusCode,
                headerRequestId);
        }

        var requestId = SesXml.Text(root.Element(SesXml.Namespace + "ResponseMetadata"), "RequestId")
            ?? headerRequestId
            ?? string.Empty;
        return new SesQueryResult(root.Element(SesXml.Namespace + $"{action}Result"), requestId);
    }
}
