using System.Diagnostics;
using System.Text.Json;
using SesConsole.Tests.Support.LocalSes;
using SesConsole.Tests.Support.Ses;
using SesConsole.LocalSes;

using static SesConsole.Tests.Support.Ses.SesReply;

namespace SesConsole.Tests.Conformance;

/// <summary>
/// LocalSes driven by the AWS SDK for JavaScript v3 (SesConsole.Tests/Conformance): a real third-party signer and
/// XML parser (client-ses) and REST-JSON parser (client-sesv2), so signature verification and response shapes are
/// checked against code we did not write.
/// </summary>
[Trait("Category", "Conformance")]
public sealed class JsSdkConformanceTests : IAsyncLifetime
{
    private const string ReadOnlyKey = "AKIALOCALSESREADONLY";
    private const string ReadOnlySecret = "LocalSesReadOnlySecret/NotForAws+000000";
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync() => _ses = await LocalSesHarness.StartAsync(options => options.Credentials.Add(
        new LocalSesCredential { AccessKeyId = ReadOnlyKey, SecretAccessKey = ReadOnlySecret, DeniedActions = ["ses:ListIdentityPolicies", "ses:GetEmailIdentity"] }));

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task JsSdkVerifiesADomainAndReadsItsPendingStatus()
    {
        var verify = await NodeAsync("ses_verifydomainidentity.js", "Conformance.Example");
        var attributes = await NodeAsync("ses_getidentityverificationattributes.js", "conformance.example", "absent.example");

        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.ToString());
        var token = verify.GetProperty("VerificationToken").GetString();
        Assert.Equal(44, token!.Length);
        var entries = attributes.GetProperty("VerificationAttributes");
        Assert.Equal("Pending", entries.GetProperty("conformance.example").GetProperty("VerificationStatus").GetString());
        Assert.Equal(token, entries.GetProperty("conformance.example").GetProperty("VerificationToken").GetString());
        Assert.False(entries.TryGetProperty("absent.example", out _));
    }

    [Fact]
    public async Task JsSdkListsIdentitiesOfOneTypeInPagesOfMaxItems()
    {
        foreach (var domain in new[] { "a.example", "b.example", "c.example" })
        {
            (await _ses.CallAsync("VerifyDomainIdentity", ("Domain", domain))).Result("VerifyDomainIdentity");
        }

        (await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "someone@example.com"))).Result("VerifyEmailIdentity");

        var domains = await NodeAsync("ses_listidentities.js", "Domain", "2");
        var emails = await NodeAsync("ses_listidentities.js", "EmailAddress", "10");

        var pages = domains.GetProperty("pages").EnumerateArray().Select(p => p.EnumerateArray().Select(i => i.GetString()).ToList()).ToList();
        Assert.Equal([["a.example", "b.example"], ["c.example"]], pages);
        Assert.Equal("someone@example.com", emails.GetProperty("pages")[0][0].GetString());
        Assert.Equal(1, emails.GetProperty("pages").GetArrayLength());
    }

    [Fact]
    public async Task JsSdkVerifiesAnEmailPutsAPolicyAndDeletesTheIdentity()
    {
        var verify = await NodeAsync("ses_verifyemailidentity.js", "Sender@example.com");
        var mail = Assert.Single(await _ses.Server.Outbox.ListAsync(CancellationToken.None));
        var refused = await NodeAsync("ses_putidentitypolicy.js", "Sender@example.com", "before-confirm", "111122223333");
        using (var confirm = await _ses.Http.GetAsync(mail.ConfirmationLink))
        {
            confirm.EnsureSuccessStatusCode();
        }

        var put = await NodeAsync("ses_putidentitypolicy.js", "Sender@example.com", "allow-partner", "111122223333");
        var policies = Members((await _ses.CallAsync("ListIdentityPolicies", ("Identity", "Sender@example.com"))).Result("ListIdentityPolicies").Element(Ns + "PolicyNames"));
        var delete = await NodeAsync("ses_deleteidentity.js", "Sender@example.com");
        var remaining = Members((await _ses.CallAsync("ListIdentities")).Result("ListIdentities").Element(Ns + "Identities"));

        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.ToString());
        Assert.Equal("Sender@example.com", mail.To);
        Assert.Equal("InvalidParameterValue", refused.GetProperty("name").GetString());
        Assert.Equal(400, refused.GetProperty("httpStatusCode").GetInt32());
        Assert.True(put.GetProperty("ok").GetBoolean(), put.ToString());
        Assert.Equal(["allow-partner"], policies);
        Assert.True(delete.GetProperty("ok").GetBoolean(), delete.ToString());
        Assert.Empty(remaining);
    }

    [Fact]
    public async Task JsSdkSeesPolicyWithAnotherAccountsArnAsInvalidPolicy()
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "arn@example.com"));
        using (var confirm = await _ses.Http.GetAsync((await _ses.Server.Outbox.ListAsync(CancellationToken.None))[0].ConfirmationLink))
        {
            confirm.EnsureSuccessStatusCode();
        }

        var reply = await NodeAsync("ses_putidentitypolicy.js", "arn@example.com", "wrong-arn", "111122223333", "999999999999");

        Assert.False(reply.GetProperty("ok").GetBoolean());
        Assert.Equal("InvalidPolicyException", reply.GetProperty("name").GetString());
    }

    [Fact]
    public async Task JsSdkPutsAndListsPoliciesByIdentityArn()
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "Arn.User@Example.COM"));
        using (var confirm = await _ses.Http.GetAsync((await _ses.Server.Outbox.ListAsync(CancellationToken.None))[0].ConfirmationLink))
        {
            confirm.EnsureSuccessStatusCode();
        }

        const string arn = "arn:aws:ses:us-east-1:123456789012:identity/Arn.User@Example.COM";
        var put = await NodeAsync("ses_putidentitypolicy.js", "Arn.User@Example.COM", "by-name", "111122223333");
        var listed = await NodeAsync("ses_listidentitypolicies.js", arn);

        Assert.True(put.GetProperty("ok").GetBoolean(), put.ToString());
        Assert.True(listed.GetProperty("ok").GetBoolean(), listed.ToString());
        Assert.Equal(["by-name"], listed.GetProperty("PolicyNames").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task JsSdkSeesADeniedActionAsAccessDeniedNamingTheAction()
    {
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "denied.example"));

        var reply = await NodeAsync(["ses_listidentitypolicies.js", "denied.example"], ReadOnlySecret, ReadOnlyKey);

        Assert.False(reply.GetProperty("ok").GetBoolean());
        Assert.Equal("AccessDenied", reply.GetProperty("name").GetString());
        Assert.Equal(403, reply.GetProperty("httpStatusCode").GetInt32());
        Assert.Contains("is not authorized to perform: ses:ListIdentityPolicies", reply.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsSdkV2SeesADeniedOperationAsAccessDeniedExceptionNamingTheActionAndTheExactIdentity()
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "Denied.User@Example.COM"));

        var denied = await NodeAsync(["sesv2_getemailidentity.js", "Denied.User@Example.COM"], ReadOnlySecret, ReadOnlyKey);
        var listed = await NodeAsync(["sesv2_listemailidentities.js", "10"], ReadOnlySecret, ReadOnlyKey);

        Assert.False(denied.GetProperty("ok").GetBoolean());
        Assert.Equal("AccessDeniedException", denied.GetProperty("name").GetString());
        Assert.Equal(403, denied.GetProperty("httpStatusCode").GetInt32());
        Assert.Equal(
            $"User: arn:aws:iam::123456789012:user/{ReadOnlyKey} is not authorized to perform: ses:GetEmailIdentity on resource: arn:aws:ses:us-east-1:123456789012:identity/Denied.User@Example.COM",
            denied.GetProperty("message").GetString());
        Assert.True(listed.GetProperty("ok").GetBoolean(), listed.ToString());
    }

    [Fact]
    public async Task JsSdkWithTheWrongSecretGetsSignatureDoesNotMatch()
    {
        var reply = await NodeAsync(["ses_listidentities.js", "Domain", "5"], secret: "wrong-secret");

        Assert.False(reply.GetProperty("ok").GetBoolean());
        Assert.Equal("SignatureDoesNotMatch", reply.GetProperty("name").GetString());
        Assert.Equal(403, reply.GetProperty("httpStatusCode").GetInt32());
    }

    [Fact]
    public async Task JsSdkV2ListsIdentitiesInPagesWithTheirV2TypesAndStatuses()
    {
        await SeedAsync();

        var reply = await NodeAsync("sesv2_listemailidentities.js", "2");

        // Pages follow the names' ordinal order, as v1's do: upper-case 'S' sorts before 'a'.
        Assert.True(reply.GetProperty("ok").GetBoolean(), reply.ToString());
        var pages = reply.GetProperty("pages").EnumerateArray().Select(p => p.EnumerateArray().Select(Describe).ToList()).ToList();
        Assert.Equal(
            [
                ["EMAIL_ADDRESS Someone@example.com SUCCESS True", "DOMAIN a.example PENDING False"],
                ["DOMAIN b.example PENDING False", "DOMAIN c.example PENDING False"],
            ],
            pages);
    }

    [Theory]
    [InlineData("""{"IDENTITY_TYPE":"EMAIL_ADDRESS"}""", "Someone@example.com")]
    [InlineData("""{"VERIFICATION_STATUS":"PENDING"}""", "a.example b.example c.example")]
    [InlineData("""{"IDENTITY_NAME_CONTAINS":"B.EX"}""", "b.example")]
    [InlineData("""{"IDENTITY_TYPE":"DOMAIN","VERIFICATION_STATUS":"SUCCESS"}""", "")]
    public async Task JsSdkV2FilterKeysSelectByTypeStatusAndName(string filter, string expected)
    {
        await SeedAsync();

        var reply = await NodeAsync("sesv2_listemailidentities.js", "1", filter);

        Assert.True(reply.GetProperty("ok").GetBoolean(), reply.ToString());
        var names = reply.GetProperty("pages").EnumerateArray().SelectMany(p => p.EnumerateArray()).Select(i => i.GetProperty("IdentityName").GetString());
        Assert.Equal(expected, string.Join(' ', names));
    }

    [Fact]
    public async Task JsSdkV2GetsADomainsDkimTokensAndSeesNotFoundForAnUnknownName()
    {
        var dkim = (await _ses.CallAsync("VerifyDomainDkim", ("Domain", "dkim.example"))).Result("VerifyDomainDkim");

        var found = await NodeAsync("sesv2_getemailidentity.js", "dkim.example");
        var missing = await NodeAsync("sesv2_getemailidentity.js", "nobody@example.com");

        Assert.True(found.GetProperty("ok").GetBoolean(), found.ToString());
        Assert.Equal("DOMAIN", found.GetProperty("IdentityType").GetString());
        Assert.Equal("PENDING", found.GetProperty("VerificationStatus").GetString());
        Assert.False(found.GetProperty("VerifiedForSendingStatus").GetBoolean());
        Assert.Equal("PENDING", found.GetProperty("DkimAttributes").GetProperty("Status").GetString());
        Assert.Equal(Members(dkim.Element(Ns + "DkimTokens")), found.GetProperty("DkimAttributes").GetProperty("Tokens").EnumerateArray().Select(t => t.GetString()));
        Assert.False(missing.GetProperty("ok").GetBoolean());
        Assert.Equal("NotFoundException", missing.GetProperty("name").GetString());
        Assert.Equal(404, missing.GetProperty("httpStatusCode").GetInt32());
    }

    [Theory]
    [InlineData("1001", null)]
    [InlineData("10", """{"COLOR":"RED"}""")]
    [InlineData("10", """{"IDENTITY_TYPE":"EmailAddress"}""")]
    public async Task JsSdkV2BadInputIsBadRequestException(string pageSize, string? filter)
    {
        var reply = await NodeAsync(filter is null ? ["sesv2_listemailidentities.js", pageSize] : ["sesv2_listemailidentities.js", pageSize, filter], LocalSesHarness.Secret);

        Assert.False(reply.GetProperty("ok").GetBoolean());
        Assert.Equal("BadRequestException", reply.GetProperty("name").GetString());
        Assert.Equal(400, reply.GetProperty("httpStatusCode").GetInt32());
    }

    [Fact]
    public async Task JsSdkV2IsThrottledWithTooManyRequestsWhenSesRateIsEnforced()
    {
        await SeedAsync();
        _ses.Server.Knobs.EnforceSesRateLimit = true;

        var reply = await NodeAsync("sesv2_listemailidentities.js", "1");

        Assert.False(reply.GetProperty("ok").GetBoolean());
        Assert.Equal("TooManyRequestsException", reply.GetProperty("name").GetString());
        Assert.Equal(429, reply.GetProperty("httpStatusCode").GetInt32());
        Assert.Equal(2, _ses.Server.RequestCounts["ListEmailIdentities"]);
    }

    [Fact]
    public async Task JsSdkV2WithTheWrongSecretGetsSignatureDoesNotMatch()
    {
        var reply = await NodeAsync(["sesv2_getemailidentity.js", "example.com"], secret: "wrong-secret");

        Assert.False(reply.GetProperty("ok").GetBoolean());
        Assert.Equal("SignatureDoesNotMatch", reply.GetProperty("name").GetString());
        Assert.Equal(403, reply.GetProperty("httpStatusCode").GetInt32());
    }

    private async Task SeedAsync()
    {
        foreach (var domain in new[] { "c.example", "a.example", "b.example" })
        {
            (await _ses.CallAsync("VerifyDomainIdentity", ("Domain", domain))).Result("VerifyDomainIdentity");
        }

        (await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "Someone@example.com"))).Result("VerifyEmailIdentity");
        var mail = Assert.Single(await _ses.Server.Outbox.ListAsync(CancellationToken.None));
        using var confirm = await _ses.Http.GetAsync(mail.ConfirmationLink);
        confirm.EnsureSuccessStatusCode();
    }

    private static string Describe(JsonElement identity) => string.Join(
        ' ',
        identity.GetProperty("IdentityType").GetString(),
        identity.GetProperty("IdentityName").GetString(),
        identity.GetProperty("VerificationStatus").GetString(),
        identity.GetProperty("SendingEnabled").GetBoolean());

    private Task<JsonElement> NodeAsync(params string[] arguments) => NodeAsync(arguments, LocalSesHarness.Secret);

    private async Task<JsonElement> NodeAsync(string[] arguments, string secret, string accessKeyId = LocalSesHarness.AccessKeyId)
    {
        var folder = ConformanceFolder();
        Assert.True(
            Directory.Exists(Path.Combine(folder, "node_modules", "@aws-sdk", "client-ses"))
                && Directory.Exists(Path.Combine(folder, "node_modules", "@aws-sdk", "client-sesv2")),
            $"Run `npm ci` in {folder} first (scripts/test.sh does).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_SES", "AWS_ENDPOINT_URL_SESV2", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["LOCALSES_ENDPOINT"] = _ses.Server.BaseAddress.AbsoluteUri.TrimEnd('/');
        start.Environment["AWS_REGION"] = LocalSesHarness.Region;
        start.Environment["AWS_ACCESS_KEY_ID"] = accessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = secret;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var output = (await stdout).Trim();
        Assert.True(output.Length > 0, $"node {string.Join(' ', arguments)} printed nothing; stderr: {await stderr}");
        return JsonDocument.Parse(output.Split('\n')[^1]).RootElement.Clone();
    }

    private static string ConformanceFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "SesConsole.Tests", "Conformance");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("SesConsole.Tests/Conformance was not found above the test output folder.");
    }
}
