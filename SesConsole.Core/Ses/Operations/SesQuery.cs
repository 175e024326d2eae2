namespace SesConsole.Core.Ses.Operations;

/// <summary>One AWS Query call as it goes on the wire: the action and its form parameters, in order.</summary>
internal sealed record SesQuery(string Action, IReadOnlyList<KeyValuePair<string, string>> Parameters);
