using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SesConsole.LocalSes.Signing;

/// <summary>The pieces of the SigV4 canonical request and signing key, per the published specification.</summary>
internal static class SigV4Canonical
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string SignatureQueryParameter = "X-Amz-Signature";

    public static string CanonicalRequest(SigV4Request request, IReadOnlyList<string> signedHeaders, string payloadHash, bool presigned) =>
        string.Join(
            '\n',
            request.Method.ToUpperInvariant(),
            CanonicalUri(request.RawPath),
            CanonicalQuery(request.RawQuery, presigned),
            CanonicalHeaders(request.Headers, signedHeaders),
            string.Join(';', signedHeaders),
            payloadHash);

    public static string StringToSign(string amzDate, string scope, string canonicalRequest) =>
        string.Join('\n', Algorithm, amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

    public static string Signature(string secret, string date, string region, string service, string stringToSign)
    {
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secret), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        return Hex(Hmac(key, stringToSign));
    }

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>Path segments normalized (dot segments removed) and each URI-encoded once more, as for every service but S3.</summary>
    public static string CanonicalUri(string rawPath)
    {
        if (string.IsNullOrEmpty(rawPath))
        {
            return "/";
        }

        var output = new List<string>();
        var segments = rawPath.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            switch (segments[i])
            {
                case ".":
                    continue;
                case "..":
                    if (output.Count > 0)
                    {
                        output.RemoveAt(output.Count - 1);
                    }

                    continue;
                default:
                    output.Add(UriEncode(segments[i]));
                    break;
            }
        }

        var endsWithSlash = rawPath.EndsWith('/') || rawPath.EndsWith("/.", StringComparison.Ordinal) || rawPath.EndsWith("/..", StringComparison.Ordinal);
        var path = "/" + string.Join('/', output.Where((s, index) => s.Length > 0 || index < output.Count - 1));
        return endsWithSlash && !path.EndsWith('/') ? path + "/" : path;
    }

    public static string CanonicalQuery(string rawQuery, bool excludeSignature)
    {
        var pairs = new List<(string Name, string Value)>();
        foreach (var part in rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? part : part[..equals]);
            if (excludeSignature && name == SignatureQueryParameter)
            {
                continue;
            }

            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(part[(equals + 1)..]);
            pairs.Add((UriEncode(name), UriEncode(value)));
        }

        return string.Join('&', pairs
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value));
    }

    public static string CanonicalHeaders(IReadOnlyList<KeyValuePair<string, string>> headers, IReadOnlyList<string> signedHeaders)
    {
        var builder = new StringBuilder();
        foreach (var name in signedHeaders)
        {
            var values = headers
                .Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
                .Select(h => CollapseWhitespace(h.Value));
            builder.Append(name).Append(':').Append(string.Join(',', values)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>RFC 3986 encoding: unreserved characters stay, every other UTF-8 byte becomes %XX (upper-case hex).</summary>
    public static string UriEncode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static string CollapseWhitespace(string value)
    {
        var builder = new StringBuilder(value.Length);
        var previousSpace = false;
        foreach (var c in value.Trim())
        {
            var space = c is ' ' or '\t';
            if (!space || !previousSpace)
            {
                builder.Append(space ? ' ' : c);
            }

            previousSpace = space;
        }

        return builder.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
