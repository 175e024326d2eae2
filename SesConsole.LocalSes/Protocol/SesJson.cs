using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SesConsole.LocalSes.Protocol;

/// <summary>Writes SES API v2's REST-JSON answers: <c>application/json</c>, the request id header, errors as
/// <c>x-amzn-ErrorType</c> plus <c>{"message": ...}</c>.</summary>
internal static class SesJson
{
    public const string ContentType = "application/json";

    public static async Task WriteSuccessAsync(HttpContext http, JsonObject body, string requestId, CancellationToken ct)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = ContentType;
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        await http.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8, ct);
    }

    public static async Task WriteErrorAsync(HttpContext http, SesError error, string requestId)
    {
        http.Response.StatusCode = error.StatusCode;
        http.Response.ContentType = ContentType;
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        http.Response.Headers["x-amzn-ErrorType"] = error.Code;
        var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["message"] = error.Message });
        await http.Response.WriteAsync(body, Encoding.UTF8, http.RequestAborted);
    }
}
