using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SesConsole.Tests.Integration.Core.Ses.Support;

/// <summary>Recomputes a request's SigV4 signature from what the listener received, as SES would.</summary>
public static partial class SigV4Check
{
    public const string AccessKeyId = "AKIDEXAMPLE";
    public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    public sealed record ParsedAuthorization(string Algorithm, string AccessKeyId, string Date, string Region, string Service, string Terminator, IReadOnlyList<string> SignedHeaders, string Signature);

    public static ParsedAuthorization Parse(RecordedRequest request)
    {
        var match = AuthorizationPattern().Match(request.Header("Authorization"));
        Assert.True(match.Success, $"Authorization header has an unexpected shape: {request.Header("Authorization")}");
        return new ParsedAuthorization(
            match.Groups["alg"].Value,
            match.Groups["key"].Value,
            match.Groups["date"].Value,
            match.Groups["region"].Value,
            match.Groups["service"].Value,
            match.Groups["term"].Value,
            match.Groups["headers"].Value.Split(';'),
            match.Groups["sig"].Value);
    }

    public static string ExpectedSignature(RecordedRequest request, ParsedAuthorization auth, string secretAccessKey)
    {
        var canonicalHeaders = string.Concat(auth.SignedHeaders.Select(name =>
            $"{name}:{CollapseSpaces(request.Header(name).Trim())}\n"));
        var canonicalRequest = string.Join('\n',
            request.Method,
            request.Path,
            request.QueryString.TrimStart('?'),
            canonicalHeaders,
            string.Join(';', auth.SignedHeaders),
            Hex(SHA256.HashData(Encoding.UTF8.GetBytes(request.Body))));

        var amzDate = request.Header("x-amz-date");
        var scope = $"{auth.Date}/{auth.Region}/{auth.Service}/aws4_request";
        var stringToSign = string.Join('\n',
            "AWS4-HMAC-SHA256", amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

        var key = Encoding.UTF8.GetBytes("AWS4" + secretAccessKey);
        foreach (var part in new[] { auth.Date, auth.Region, auth.Service, "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>Asserts the request is SigV4-signed for SES in <paramref name="region"/> with a valid signature.</summary>
    public static void AssertSignedForSes(RecordedRequest request, string region)
    {
        var auth = Parse(request);
        Assert.Equal("AWS4-HMAC-SHA256", auth.Algorithm);
        Assert.Equal(AccessKeyId, auth.AccessKeyId);
        Assert.Equal(region, auth.Region);
        Assert.Equal("ses", auth.Service);
        Assert.Equal("aws4_request", auth.Terminator);
        Assert.Contains("host", auth.SignedHeaders);
        Assert.Contains("x-amz-date", auth.SignedHeaders);
        Assert.StartsWith(auth.Date, request.Header("x-amz-date"), StringComparison.Ordinal);
        Assert.Equal(ExpectedSignature(request, auth, SecretAccessKey), auth.Signature);
    }

    private static string CollapseSpaces(string value) => MultipleSpaces().Replace(value, " ");

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLower(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<alg>\S+) Credential=(?<key>[^/]+)/(?<date>\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/(?<term>[^,]+), ?SignedHeaders=(?<headers>[^,]+), ?Signature=(?<sig>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationPattern();

    [GeneratedRegex(" +")]
    private static partial Regex MultipleSpaces();
}
