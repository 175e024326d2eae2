namespace SesConsole.Core.Ses.Operations;

/// <summary>
/// One SES API v2 (REST-JSON) call as it goes on the wire: the operation's name (the pacing key and the log's),
/// the method, the path template with the values of its <c>{Placeholders}</c> (each sent as one encoded segment)
/// and the JSON body, if any.
/// </summary>
internal sealed record SesRestCall(
    string Action, string Method, string ResourcePath, IReadOnlyDictionary<string, string> PathValues, byte[]? JsonBody);
