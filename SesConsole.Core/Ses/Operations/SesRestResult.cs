using System.Text.Json;

namespace SesConsole.Core.Ses.Operations;

/// <summary>A successful REST-JSON answer: its JSON object (an empty object when SES sent no body) and the request id.</summary>
internal sealed record SesRestResult(JsonElement Body, string RequestId);
