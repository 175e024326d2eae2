using System.Net;
using SesConsole.Tests.Support.LocalSes;
using SesConsole.Tests.Support.Ses;

using static SesConsole.Tests.Support.Ses.SesReply;

namespace SesConsole.Tests.Integration.LocalSes;

/// <summary>Bad input gets SES's error code and status, and changes nothing.</summary>
[Trait("Category", "Integration")]
public sealed class BadInputTests : IAsyncLifetime
{
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync() => _ses = await LocalSesHarness.StartAsync();

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    public static TheoryData<string> BadDomains => new()
    {
        string.Empty,
        new string('a', 63) + "." + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 63) + ".example",
        new string('a', 64) + ".example",
        "exa mple.com",
        "example..com",
        "example.com.",
        "bücher.example",
        "-bad.example",
        "xn--a.example",
        "localhost",
    };

    [Theory]
    [MemberData(nameof(BadDomains))]
    public async Task VerifyDomainIdentityRefusesAnInvalidNameAndStoresNothing(string domain)
    {
        var reply = await _ses.CallAsync("VerifyDomainIdentity", ("Domain", domain));
        var list = await _ses.CallAsync("ListIdentities");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("InvalidParameterValue", reply.ErrorCode);
        Assert.Equal("Sender", reply.ErrorType);
        Assert.StartsWith("Invalid domain name", reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(Members(list.Result("ListIdentities").Element(Ns + "Identities")));
    }

    [Fact]
    public async Task VerifyDomainIdentityAcceptsPunycode()
    {
        var reply = await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "xn--bcher-kva.example"));

        reply.Result("VerifyDomainIdentity");
    }

    public static TheoryData<string> BadEmails => new()
    {
        string.Empty,
        "no-at-sign.example.com",
        "two@@example.com",
        "with space@example.com",
        "dots..in@example.com",
        "user@example..com",
        "user@example.com.",
        new string('a', 65) + "@example.com",
    };

    [Theory]
    [MemberData(nameof(BadEmails))]
    public async Task VerifyEmailIdentityRefusesAMalformedAddressAndSendsNothing(string email)
    {
        var reply = await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", email));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("InvalidParameterValue", reply.ErrorCode);
        Assert.Empty(await _ses.Server.Outbox.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task MissingActionIsMissingAction()
    {
        var reply = await _ses.SendAsync([("Version", "2010-12-01")]);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("MissingAction", reply.ErrorCode);
    }

    [Fact]
    public async Task UnknownActionIsInvalidAction()
    {
        var reply = await _ses.CallAsync("SendCarrierPigeon");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("InvalidAction", reply.ErrorCode);
    }

    [Fact]
    public async Task MissingRequiredParameterIsMissingParameter()
    {
        var reply = await _ses.CallAsync("VerifyDomainIdentity");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("MissingParameter", reply.ErrorCode);
    }

    [Fact]
    public async Task UnsignedRequestIsMissingAuthenticationToken()
    {
        var reply = await _ses.SendAsync([("Action", "ListIdentities")], sign: false);

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("MissingAuthenticationToken", reply.ErrorCode);
    }

    [Fact]
    public async Task WrongSecretIsSignatureDoesNotMatch()
    {
        var reply = await _ses.SendAsync([("Action", "VerifyDomainIdentity"), ("Domain", "x.example")], secret: "not-the-secret");
        var list = await _ses.CallAsync("ListIdentities");

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("SignatureDoesNotMatch", reply.ErrorCode);
        Assert.Empty(Members(list.Result("ListIdentities").Element(Ns + "Identities")));
    }

    [Fact]
    public async Task UnknownAccessKeyIsInvalidClientTokenId()
    {
        var reply = await _ses.SendAsync([("Action", "ListIdentities")], accessKeyId: "AKIAUNKNOWN000000000");

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("InvalidClientTokenId", reply.ErrorCode);
    }

    [Fact]
    public async Task SignatureOlderThanFifteenMinutesIsRequestExpired()
    {
        var reply = await _ses.SendAsync([("Action", "ListIdentities")], signedAt: DateTimeOffset.UtcNow.AddMinutes(-16));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("RequestExpired", reply.ErrorCode);
    }

    [Fact]
    public async Task MalformedAuthorizationIsIncompleteSignature()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _ses.Server.BaseAddress) { Content = new StringContent("Action=ListIdentities") };
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKIALOCALSESTEST0001/20250101/us-east-1/ses/aws4_request");

        var reply = await LocalSesHarness.ReadAsync(await _ses.Http.SendAsync(request));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("IncompleteSignature", reply.ErrorCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("ten")]
    public async Task MaxItemsOutsideOneToThousandIsInvalidParameterValue(string maxItems)
    {
        var reply = await _ses.CallAsync("ListIdentities", ("MaxItems", maxItems));

        Assert.Equal("InvalidParameterValue", reply.ErrorCode);
    }

    [Fact]
    public async Task InvalidNextTokenIsInvalidParameterValue()
    {
        var reply = await _ses.CallAsync("ListIdentities", ("NextToken", "not-a-token"));

        Assert.Equal("InvalidParameterValue", reply.ErrorCode);
    }

    [Fact]
    public async Task InvalidIdentityTypeIsInvalidParameterValue()
    {
        var reply = await _ses.CallAsync("ListIdentities", ("IdentityType", "Phone"));

        Assert.Equal("InvalidParameterValue", reply.ErrorCode);
    }

    [Fact]
    public async Task MoreThanHundredIdentitiesInOneAttributesCallIsInvalidParameterValue()
    {
        var names = Enumerable.Range(0, 101).Select(i => $"d{i}.example").ToArray();

        var verification = await _ses.CallAsync("GetIdentityVerificationAttributes", LocalSesHarness.Identities(names));
        var dkim = await _ses.CallAsync("GetIdentityDkimAttributes", LocalSesHarness.Identities(names));
        var hundred = await _ses.CallAsync("GetIdentityVerificationAttributes", LocalSesHarness.Identities(names[..100]));

        Assert.Equal("InvalidParameterValue", verification.ErrorCode);
        Assert.Equal("InvalidParameterValue", dkim.ErrorCode);
        hundred.Result("GetIdentityVerificationAttributes");
    }

    [Fact]
    public async Task PolicyOnUnverifiedIdentityIsRefused()
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "pending@example.com"));

        var reply = await _ses.CallAsync("PutIdentityPolicy", OperationShapeTests.Policy("pending@example.com", "p"));

        Assert.Equal("InvalidParameterValue", reply.ErrorCode);
        Assert.Contains("not verified", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyOnMissingIdentityIsRefused()
    {
        var reply = await _ses.CallAsync("PutIdentityPolicy", OperationShapeTests.Policy("ghost@example.com", "p"));

        Assert.Equal("InvalidParameterValue", reply.ErrorCode);
    }

    [Fact]
    public async Task PolicyOverFourKilobytesIsInvalidPolicy()
    {
        await VerifiedAsync("big@example.com");
        var document = OperationShapeTests.PolicyDocument("big@example.com").Replace("\"Sid\":\"app\"", "\"Sid\":\"" + new string('x', 4096) + "\"", StringComparison.Ordinal);

        var reply = await _ses.CallAsync("PutIdentityPolicy", ("Identity", "big@example.com"), ("PolicyName", "big"), ("Policy", document));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("InvalidPolicy", reply.ErrorCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"Statement":[{"Effect":"Allow","Action":"ses:SendEmail","Resource":"arn:aws:ses:us-east-1:123456789012:identity/rules@example.com"}]}""")]
    [InlineData("""{"Version":"2012-10-17"}""")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ses:SendEmail","Resource":"arn:aws:ses:us-east-1:123456789012:identity/other@example.com"}]}""")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ses:SendEmail","Resource":"arn:aws:ses:eu-west-1:123456789012:identity/rules@example.com"}]}""")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ses:SendEmail"}]}""")]
    public async Task PolicyBreakingSesRulesIsInvalidPolicy(string document)
    {
        await VerifiedAsync("rules@example.com");

        var reply = await _ses.CallAsync("PutIdentityPolicy", ("Identity", "rules@example.com"), ("PolicyName", "p"), ("Policy", document));
        var names = (await _ses.CallAsync("ListIdentityPolicies", ("Identity", "rules@example.com"))).Result("ListIdentityPolicies");

        Assert.Equal("InvalidPolicy", reply.ErrorCode);
        Assert.Empty(Members(names.Element(Ns + "PolicyNames")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("dot.name")]
    public async Task InvalidPolicyNameIsInvalidParameterValue(string name)
    {
        await VerifiedAsync("names@example.com");

        var reply = await _ses.CallAsync("PutIdentityPolicy", ("Identity", "names@example.com"), ("PolicyName", name), ("Policy", OperationShapeTests.PolicyDocument("names@example.com")));

        Assert.Equal("InvalidParameterValue", reply.ErrorCode);
    }

    [Fact]
    public async Task TwentyFirstPolicyIsRefusedButReplacingOneIsNot()
    {
        await VerifiedAsync("many@example.com");
        for (var i = 1; i <= 20; i++)
        {
            (await _ses.CallAsync("PutIdentityPolicy", OperationShapeTests.Policy("many@example.com", $"p{i}"))).Result("PutIdentityPolicy");
        }

        var twentyFirst = await _ses.CallAsync("PutIdentityPolicy", OperationShapeTests.Policy("many@example.com", "p21"));
        var replace = await _ses.CallAsync("PutIdentityPolicy", OperationShapeTests.Policy("many@example.com", "p7"));
        var names = (await _ses.CallAsync("ListIdentityPolicies", ("Identity", "many@example.com"))).Result("ListIdentityPolicies");

        Assert.Equal("InvalidParameterValue", twentyFirst.ErrorCode);
        replace.Result("PutIdentityPolicy");
        Assert.Equal(20, Members(names.Element(Ns + "PolicyNames")).Count);
    }

    [Fact]
    public async Task InvalidBehaviorOnMxFailureIsInvalidParameterValue()
    {
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "mx.example"));

        var reply = await _ses.CallAsync("SetIdentityMailFromDomain", ("Identity", "mx.example"), ("MailFromDomain", "m.mx.example"), ("BehaviorOnMXFailure", "Bounce"));

        Assert.Equal("InvalidParameterValue", reply.ErrorCode);
    }

    private async Task VerifiedAsync(string email)
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", email));
        var mail = (await _ses.Server.Outbox.ListAsync(CancellationToken.None)).First(m => m.To == email);
        using var response = await _ses.Http.GetAsync(mail.ConfirmationLink);
        response.EnsureSuccessStatusCode();
    }
}
