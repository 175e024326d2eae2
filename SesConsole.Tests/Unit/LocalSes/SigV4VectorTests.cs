using System.Text;
using Microsoft.Extensions.Time.Testing;
using SesConsole.LocalSes.Signing;
using SesConsole.Tests.Support.LocalSes;

namespace SesConsole.Tests.Unit.LocalSes;

/// <summary>
/// The verifier against the published aws-sig-v4-test-suite (service "service", us-east-1, 20150830T123600Z,
/// AKIDEXAMPLE): each vector's canonical request must come out exactly, and its Authorization must verify.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SigV4VectorTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string Prefix = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ";
    private const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private const string FormHash = "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e";
    private const string Unreserved = "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string HostDate = "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n";

    public static TheoryData<string, string, string, string> Vectors => new()
    {
        {
            "get-vanilla", "GET / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
            $"GET\n/\n\n{HostDate}\nhost;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        },
        {
            "get-vanilla-query-order-key", "GET /?Param1=value2&Param1=Value1 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
            $"GET\n/\nParam1=Value1&Param1=value2\n{HostDate}\nhost;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;x-amz-date, Signature=eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1"
        },
        {
            "get-vanilla-query-order-key-case", "GET /?Param2=value2&Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
            $"GET\n/\nParam1=value1&Param2=value2\n{HostDate}\nhost;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"
        },
        {
            "get-vanilla-query-order-value", "GET /?Param1=value2&Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
            $"GET\n/\nParam1=value1&Param1=value2\n{HostDate}\nhost;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;x-amz-date, Signature=5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694"
        },
        {
            "get-vanilla-query-unreserved", $"GET /?{Unreserved}={Unreserved} HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
            $"GET\n/\n{Unreserved}={Unreserved}\n{HostDate}\nhost;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;x-amz-date, Signature=9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197"
        },
        {
            "get-vanilla-utf8-query", "GET /?\u1234=bar HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
            $"GET\n/\n%E1%88%B4=bar\n{HostDate}\nhost;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;x-amz-date, Signature=2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04"
        },
        {
            "get-unreserved", $"GET /{Unreserved} HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
            $"GET\n/{Unreserved}\n\n{HostDate}\nhost;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;x-amz-date, Signature=07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"
        },
        {
            "get-relative", "GET /example/.. HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
            $"GET\n/\n\n{HostDate}\nhost;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        },
        {
            "get-header-value-trim", "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1: value1\nMy-Header2: \"a   b   c\"\nX-Amz-Date:20150830T123600Z",
            $"GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nmy-header2:\"a b c\"\nx-amz-date:20150830T123600Z\n\nhost;my-header1;my-header2;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;my-header1;my-header2;x-amz-date, Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"
        },
        {
            "get-header-key-duplicate", "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value2\nMy-Header1:value2\nMy-Header1:value1\nX-Amz-Date:20150830T123600Z",
            $"GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value2,value2,value1\nx-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;my-header1;x-amz-date, Signature=c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"
        },
        {
            "post-vanilla", "POST / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
            $"POST\n/\n\n{HostDate}\nhost;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"
        },
        {
            "post-vanilla-query", "POST /?Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
            $"POST\n/\nParam1=value1\n{HostDate}\nhost;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;x-amz-date, Signature=28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11"
        },
        {
            "post-header-key-sort", "POST / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value1\nX-Amz-Date:20150830T123600Z",
            $"POST\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nx-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;my-header1;x-amz-date, Signature=c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c"
        },
        {
            "post-header-value-case", "POST / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:VALUE1\nX-Amz-Date:20150830T123600Z",
            $"POST\n/\n\nhost:example.amazonaws.com\nmy-header1:VALUE1\nx-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n{EmptyHash}",
            "SignedHeaders=host;my-header1;x-amz-date, Signature=cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d"
        },
        {
            "post-x-www-form-urlencoded", "POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n\nParam1=value1",
            $"POST\n/\n\ncontent-type:application/x-www-form-urlencoded\n{HostDate}\ncontent-type;host;x-amz-date\n{FormHash}",
            "SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"
        },
        {
            "post-x-www-form-urlencoded-parameters",
            "POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded; charset=utf8\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n\nParam1=value1",
            $"POST\n/\n\ncontent-type:application/x-www-form-urlencoded; charset=utf8\n{HostDate}\ncontent-type;host;x-amz-date\n{FormHash}",
            "SignedHeaders=content-type;host;x-amz-date, Signature=1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe"
        },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void VerifierBuildsTheVectorsCanonicalRequest(string name, string rawRequest, string canonicalRequest, string authorization)
    {
        var request = Parse(rawRequest, Prefix + authorization);
        var signedHeaders = authorization.Split(", ")[0]["SignedHeaders=".Length..].Split(';');

        Assert.True(canonicalRequest == SigV4Verifier.CanonicalRequestFor(request, signedHeaders), name);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void VerifierAcceptsTheVectorsSignature(string name, string rawRequest, string canonicalRequest, string authorization)
    {
        _ = canonicalRequest;
        var result = Verifier().Verify(Parse(rawRequest, Prefix + authorization));

        var verified = Assert.IsType<SigV4Result.Verified>(result);
        Assert.True(verified.Region == "us-east-1", name);
        Assert.Equal("AKIDEXAMPLE", verified.AccessKeyId);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void VerifierRejectsTheVectorWithOneSignatureDigitChanged(string name, string rawRequest, string canonicalRequest, string authorization)
    {
        _ = canonicalRequest;
        var last = authorization[^1];
        var tampered = authorization[..^1] + (last == '0' ? '1' : '0');

        var result = Verifier().Verify(Parse(rawRequest, Prefix + tampered));

        Assert.True(Assert.IsType<SigV4Result.Rejected>(result).Error.Code == "SignatureDoesNotMatch", name);
    }

    [Fact]
    public void VerifierRejectsTheVectorWhenTheBodyWasChanged()
    {
        var raw = "POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n\nParam1=value2";
        var authorization = Prefix + "SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a";

        var result = Verifier().Verify(Parse(raw, authorization));

        Assert.Equal("SignatureDoesNotMatch", Assert.IsType<SigV4Result.Rejected>(result).Error.Code);
    }

    [Fact]
    public void VerifierRejectsTheVectorSixteenMinutesLaterAsExpired()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2015, 8, 30, 12, 52, 0, TimeSpan.Zero));
        var verifier = new SigV4Verifier(new Dictionary<string, string> { ["AKIDEXAMPLE"] = Secret }, "service", time);
        var raw = "GET / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z";

        var result = verifier.Verify(Parse(raw, Prefix + "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));

        Assert.Equal("RequestExpired", Assert.IsType<SigV4Result.Rejected>(result).Error.Code);
    }

    [Fact]
    public void VerifierRejectsAnUnknownAccessKey()
    {
        var raw = "GET / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z";
        var authorization = Prefix.Replace("AKIDEXAMPLE", "AKIDOTHER", StringComparison.Ordinal)
            + "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

        var result = Verifier().Verify(Parse(raw, authorization));

        Assert.Equal("InvalidClientTokenId", Assert.IsType<SigV4Result.Rejected>(result).Error.Code);
    }

    [Fact]
    public void TestSignerProducesTheFormVectorsAuthorization()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.amazonaws.com/") { Content = new ByteArrayContent("Param1=value1"u8.ToArray()) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");

        TestSigV4Signer.Sign(request, "Param1=value1"u8.ToArray(), "AKIDEXAMPLE", Secret, "us-east-1", "service", SigningDate);

        Assert.Equal(
            Prefix + "SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a",
            request.Headers.GetValues("Authorization").Single());
    }

    private static readonly DateTimeOffset SigningDate = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    private static SigV4Verifier Verifier() =>
        new(new Dictionary<string, string> { ["AKIDEXAMPLE"] = Secret }, "service", new FakeTimeProvider(SigningDate));

    private static SigV4Request Parse(string raw, string authorization)
    {
        var blank = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var head = blank < 0 ? raw : raw[..blank];
        var body = blank < 0 ? string.Empty : raw[(blank + 2)..];
        var lines = head.Split('\n');
        var requestLine = lines[0].Split(' ');
        var target = string.Join(' ', requestLine[1..^1]);
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var headers = lines[1..]
            .Select(l => new KeyValuePair<string, string>(l[..l.IndexOf(':', StringComparison.Ordinal)], l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..]))
            .Append(new KeyValuePair<string, string>("Authorization", authorization))
            .ToList();
        return new SigV4Request(
            requestLine[0],
            question < 0 ? target : target[..question],
            question < 0 ? string.Empty : target[(question + 1)..],
            headers,
            Encoding.UTF8.GetBytes(body));
    }
}
