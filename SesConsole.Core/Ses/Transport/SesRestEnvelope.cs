using System.Text.Json;
using SesConsole.Core.Ses.Operations;

namespace SesConsole.Core.Ses.Transport;

/// <summary>Parses a 2xx REST-JSON body into its JSON object; an empty body reads as an empty object.</summary>
internal static class SesRestEnvelope
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public static SesRestResult Open(string action, SesRestResponse response)
    {
        var requestId = response.ResponseMetadata?.RequestId ?? string.Empty;
        if (response.Body.Length == 0)
        {
            return new SesRestResult(EmptyObject, requestId);
        }

        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(response.Body);
            body = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new SesCallException(
                SesQueryUnmarshaller.NotSesErrorCode,
                $"SES answered {action} with HTTP {(int)response.HttpStatusCode} but the body is not JSON ({ex.Message}).",
                response.HttpStatusCode,
                requestId.Length == 0 ? null : requestId);
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new SesCallException(
                SesQueryUnmarshaller.NotSesErrorCode,
                $"SES answered {action} with a JSON {body.ValueKind}, not an object.",
                response.HttpStatusCode,
                requestId.Length == 0 ? null : requestId);
        }

        return new SesRestResult(body, requestId);
    }
}
