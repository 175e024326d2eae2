namespace SesConsole.Tests.Integration.Core.Ses.Support;

/// <summary>One HTTP request as the loopback listener received it.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    /// <summary>The form body decoded into name/value pairs, in the order sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Form { get; } = ParseForm(Body);

    public string Header(string name) =>
        Headers.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"Header {name} was not sent.");

    public string? FormValue(string name) => Form.FirstOrDefault(p => p.Key == name).Value;

    public string Action => FormValue("Action") ?? string.Empty;

    private static KeyValuePair<string, string>[] ParseForm(string body) =>
        body.Length == 0
            ? []
            : body.Split('&').Select(pair =>
            {
                var parts = pair.Split('=', 2);
                return new KeyValuePair<string, string>(
                    Uri.UnescapeDataString(parts[0].Replace('+', ' ')),
                    parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : string.Empty);
            }).ToArray();
}
