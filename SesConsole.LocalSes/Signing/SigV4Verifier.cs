using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SesConsole.LocalSes.Protocol;

namespace SesConsole.LocalSes.Signing;

/// <summary>
/// Verifies AWS Signature Version 4 on a request, from an Authorization header or a presigned query string,
/// against a fixed set of access keys. Any region is accepted; the service in the credential scope must match.
/// </summary>
public sealed class SigV4Verifier
{
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);

    private const string UnsignedPayload = "UNSIGNED-PAYLOAD";
    private const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";
    private const string MismatchMessage =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    private readonly IReadOnlyDictionary<string, string> _secretsByAccessKeyId;
    private readonly IReadOnlyList<string> _services;
    private readonly TimeProvider _time;

    public SigV4Verifier(IReadOnlyDictionary<string, string> secretsByAccessKeyId, string service, TimeProvider time)
        : this(secretsByAccessKeyId, [service], time)
    {
    }

    /// <param name="services">The signing names accepted (LocalSes: <c>ses</c>, and <c>sns</c> for ListTopics); the first is named in errors.</param>
    public SigV4Verifier(IReadOnlyDictionary<string, string> secretsByAccessKeyId, IReadOnlyList<string> services, TimeProvider time)
    {
        _secretsByAccessKeyId = secretsByAccessKeyId;
        _services = services;
        _time = time;
    }

    public SigV4Result Verify(SigV4Request request)
    {
        var authorization = Header(request, "Authorization");
        var query = QueryParameters.Parse(request.RawQuery);
        if (authorization is not null)
        {
            return VerifyHeader(request, authorization);
        }

        if (query.Optional("X-Amz-Algorithm") is not null || query.Optional(SigV4Canonical.SignatureQueryParameter) is not null)
        {
            return VerifyPresigned(request, query);
        }

        return Reject(SesError.MissingAuthenticationToken());
    }

    /// <summary>The canonical request the verifier builds for <paramref name="request"/>; exposed for the spec's test vectors.</summary>
    internal static string CanonicalRequestFor(SigV4Request request, IReadOnlyList<string> signedHeaders) =>
        SigV4Canonical.CanonicalRequest(request, signedHeaders, PayloadHash(request), presigned: false);

    private SigV4Result VerifyHeader(SigV4Request request, string authorization)
    {
        if (!authorization.StartsWith(SigV4Canonical.Algorithm + " ", StringComparison.Ordinal))
        {
            return Reject(SesError.IncompleteSignature($"Unsupported authorization type; only {SigV4Canonical.Algorithm} is accepted."));
        }

        var fields = authorization[(SigV4Canonical.Algorithm.Length + 1)..]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2))
            .Where(f => f.Length == 2)
            .GroupBy(f => f[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        foreach (var required in new[] { "Credential", "SignedHeaders", "Signature" })
        {
            if (!fields.ContainsKey(required))
            {
                return Reject(SesError.IncompleteSignature($"Authorization header requires '{required}' parameter."));
            }
        }

        var amzDate = Header(request, "X-Amz-Date") ?? FromHttpDate(Header(request, "Date"));
        if (amzDate is null)
        {
            return Reject(SesError.IncompleteSignature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."));
        }

        var payloadHash = Header(request, "X-Amz-Content-Sha256") ?? PayloadHash(request);
        if (payloadHash != UnsignedPayload && payloadHash != PayloadHash(request))
        {
            return Reject(SesError.SignatureDoesNotMatch("The provided 'x-amz-content-sha256' header does not match what was computed."));
        }

        return Check(request, fields["Credential"], fields["SignedHeaders"], fields["Signature"], amzDate, expires: null, [payloadHash], presigned: false);
    }

    private SigV4Result VerifyPresigned(SigV4Request request, QueryParameters query)
    {
        if (query.Optional("X-Amz-Algorithm") != SigV4Canonical.Algorithm)
        {
            return Reject(SesError.IncompleteSignature($"X-Amz-Algorithm must be {SigV4Canonical.Algorithm}."));
        }

        foreach (var required in new[] { "X-Amz-Credential", "X-Amz-SignedHeaders", "X-Amz-Signature", "X-Amz-Date" })
        {
            if (string.IsNullOrEmpty(query.Optional(required)))
            {
                return Reject(SesError.IncompleteSignature($"The presigned request requires the '{required}' parameter."));
            }
        }

        TimeSpan? expires = null;
        if (query.Optional("X-Amz-Expires") is { } expiresText)
        {
            if (!int.TryParse(expiresText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return Reject(SesError.IncompleteSignature("X-Amz-Expires must be a whole number of seconds."));
            }

            expires = TimeSpan.FromSeconds(seconds);
        }

        // Presigning SDKs hash either the body or the literal UNSIGNED-PAYLOAD; both are legitimate.
        return Check(
            request,
            query.Optional("X-Amz-Credential")!,
            query.Optional("X-Amz-SignedHeaders")!,
            query.Optional(SigV4Canonical.SignatureQueryParameter)!,
            query.Optional("X-Amz-Date")!,
            expires,
            [PayloadHash(request), UnsignedPayload],
            presigned: true);
    }

    private SigV4Result Check(
        SigV4Request request,
        string credential,
        string signedHeadersText,
        string signature,
        string amzDate,
        TimeSpan? expires,
        IReadOnlyList<string> payloadHashes,
        bool presigned)
    {
        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request")
        {
            return Reject(SesError.IncompleteSignature(
                "Credential must have the form <AccessKeyId>/<yyyyMMdd>/<region>/<service>/aws4_request."));
        }

        var (accessKeyId, date, region, service) = (scope[0], scope[1], scope[2], scope[3]);
        if (!DateTimeOffset.TryParseExact(amzDate, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            return Reject(SesError.IncompleteSignature($"Date must be in ISO 8601 basic format (yyyyMMddTHHmmssZ); got {amzDate}."));
        }

        if (!_secretsByAccessKeyId.TryGetValue(accessKeyId, out var secret))
        {
            return Reject(SesError.InvalidClientTokenId());
        }

        var now = _time.GetUtcNow();
        if (signedAt > now + MaxClockSkew || (expires is null && signedAt < now - MaxClockSkew))
        {
            return Reject(SesError.RequestExpired(
                $"Request timestamp {amzDate} is more than 15 minutes away from the server time {now.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture)}."));
        }

        if (expires is { } lifetime && signedAt + lifetime < now)
        {
            return Reject(SesError.RequestExpired($"Request has expired: signed at {amzDate} for {lifetime.TotalSeconds:0} seconds."));
        }

        if (date != amzDate[..8])
        {
            return Reject(SesError.SignatureDoesNotMatch($"Credential should be scoped to a valid date; {date} does not match {amzDate[..8]}."));
        }

        if (!_services.Contains(service, StringComparer.Ordinal))
        {
            return Reject(SesError.SignatureDoesNotMatch($"Credential should be scoped to correct service: '{_services[0]}'."));
        }

        var signedHeaders = signedHeadersText.Split(';');
        if (!signedHeaders.Contains("host", StringComparer.Ordinal))
        {
            return Reject(SesError.SignatureDoesNotMatch("The host header must be signed."));
        }

        var credentialScope = $"{date}/{region}/{service}/aws4_request";
        foreach (var payloadHash in payloadHashes)
        {
            var canonical = SigV4Canonical.CanonicalRequest(request, signedHeaders, payloadHash, presigned);
            var expected = SigV4Canonical.Signature(secret, date, region, service, SigV4Canonical.StringToSign(amzDate, credentialScope, canonical));
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
            {
                return new SigV4Result.Verified(accessKeyId, region, service);
            }
        }

        return Reject(SesError.SignatureDoesNotMatch(MismatchMessage));
    }

    private static string PayloadHash(SigV4Request request) => SigV4Canonical.Hex(SHA256.HashData(request.Body.Span));

    private static string? Header(SigV4Request request, string name)
    {
        var values = request.Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
        return values.Count == 0 ? null : string.Join(',', values);
    }

    private static string? FromHttpDate(string? httpDate) =>
        httpDate is not null && DateTimeOffset.TryParseExact(httpDate, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture)
            : null;

    private static SigV4Result.Rejected Reject(SesError error) => new(error);
}
