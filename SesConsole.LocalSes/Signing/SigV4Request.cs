namespace SesConsole.LocalSes.Signing;

/// <summary>
/// One HTTP request as the SigV4 verifier sees it: the raw path and raw query string exactly as sent on the wire
/// (the query without its leading '?'), every header line (repeated names allowed) and the body bytes.
/// </summary>
public sealed record SigV4Request(
    string Method,
    string RawPath,
    string RawQuery,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    ReadOnlyMemory<byte> Body);
