using System.Text.Encodings.Web;
using System.Text.Json;

namespace SesConsole.Core.Ses.Operations;

/// <summary>SES API v2 ListEmailIdentities in the binding the current AWS SDKs use: POST with a JSON body.</summary>
internal static class ListEmailIdentitiesOperation
{
    public const string Action = "ListEmailIdentities";
    public const string Path = "/v2/email/list-identities";

    public static SesRestCall Write(ListEmailIdentitiesRequest request)
    {
        using var buffer = new MemoryStream();
        // Names and tokens go out as they are ('+', '/', non-ASCII unescaped): still valid JSON, and readable in a capture.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (request.Filter is { } filter)
            {
                json.WriteStartObject("Filter");
                WriteIfSet(json, "IDENTITY_NAME_CONTAINS", filter.NameContains);
                WriteIfSet(json, "IDENTITY_TYPE", filter.IdentityType is { } type ? SesV2Values.Wire(type) : null);
                WriteIfSet(json, "VERIFICATION_STATUS", filter.VerificationStatus is { } status ? SesV2Values.Wire(status) : null);
                json.WriteEndObject();
            }

            WriteIfSet(json, "NextToken", request.NextToken);
            if (request.PageSize is { } pageSize)
            {
                json.WriteNumber("PageSize", pageSize);
            }

            json.WriteEndObject();
        }

        return new SesRestCall(Action, "POST", Path, new Dictionary<string, string>(), buffer.ToArray());
    }

    public static ListEmailIdentitiesResponse Read(SesRestResult result) =>
        new(
            SesJson.Array(result.Body, "EmailIdentities").Select(identity => new EmailIdentityInfo(
                SesJson.RequiredText(identity, "IdentityName"),
                SesV2Values.IdentityType("IdentityType", SesJson.RequiredText(identity, "IdentityType")),
                SesV2Values.Status("VerificationStatus", SesJson.RequiredText(identity, "VerificationStatus")),
                SesJson.Boolean(identity, "SendingEnabled") ?? false)).ToArray(),
            SesJson.Text(result.Body, "NextToken") is { Length: > 0 } token ? token : null,
            result.RequestId);

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
