using SesConsole.Core.Ses.Operations;

namespace SesConsole.Core.Ses.Transport;

/// <summary>Unwraps <c>&lt;{Action}Response&gt;&lt;{Action}Result/&gt;&lt;ResponseMetadata/&gt;</c>.</summary>
internal static class SesResponseEnvelope
{
    /// <summary>The envelope in the namespace of the service that answered (SES's or SNS's).</summary>
    public static SesQueryResult Open(string action, SesQueryResponse response, System.Xml.Linq.XNamespace ns, string service)
    {
        var headerRequestId = response.ResponseMetadata?.RequestId;
        var root = response.Document?.Root;
        if (root is null)
        {
            throw new SesCallException(
                SesQueryUnmarshaller.NotSesErrorCode,
                $"{service} answered {action} with HTTP {(int)response.HttpStatusCode} but the body is not XML ({response.ParseError}).",
                response.HttpStatusCode,
                headerRequestId);
        }

        if (root.Name != ns + $"{action}Response")
        {
            throw new SesCallException(
                SesQueryUnmarshaller.NotSesErrorCode,
                $"{service} answered {action} with an unexpected document <{root.Name.LocalName}>.",
                response.HttpStatusCode,
                headerRequestId);
        }

        var requestId = root.Element(ns + "ResponseMetadata")?.Element(ns + "RequestId")?.Value
            ?? headerRequestId
            ?? string.Empty;
        return new SesQueryResult(root.Element(ns + $"{action}Result"), requestId);
    }
}
