using System.Net;
using System.Text;
using System.Text.Json;
using SesConsole.LocalSes.Knobs;

namespace SesConsole.Tests.LocalSes;

/// <summary>
/// LocalSes's SES API v2 over raw HTTP: both bindings of ListEmailIdentities, JSON errors with
/// <c>x-amzn-ErrorType</c> for every failure (never HTML or XML), counters and SES's rate limit per v2 operation.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RestJsonProtocolTests : IAsyncLifetime
{
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync()
    {
        _ses = await LocalSesHarness.StartAsync();
        foreach (var domain in new[] { "a.example", "b.example", "c.example" })
        {
            (await _ses.CallAsync("VerifyDomainIdentity", ("Domain", domain))).Result("VerifyDomainIdentity");
        }
    }

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task TheOlderGetBindingPagesLikeThePostBinding()
    {
        var first = await SendAsync(HttpMethod.Get, "v2/email/identities?PageSize=2");
        var token = first.Json.GetProperty("NextToken").GetString()!;
        var second = await SendAsync(HttpMethod.Get, "v2/email/identities?PageSize=2&NextToken=" + Uri.EscapeDataString(token));
        var posted = await SendAsync(HttpMethod.Post, "v2/email/list-identities", """{"PageSize":2}""");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("application/json", first.ContentType);
        Assert.Equal(["a.example", "b.example"], Names(first.Json));
        Assert.Equal(["c.example"], Names(second.Json));
        Assert.False(second.Json.TryGetProperty("NextToken", out _));
        Assert.Equal(Names(first.Json), Names(posted.Json));
    }

    [Fact]
    public async Task AnUnsignedRequestIsRefusedWithJsonNotXml()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_ses.Server.BaseAddress, "v2/email/identities/a.example"));
        var reply = await ReadAsync(await _ses.Http.SendAsync(request));

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("application/json", reply.ContentType);
        Assert.Equal("MissingAuthenticationToken", reply.ErrorType);
        Assert.False(string.IsNullOrEmpty(reply.Json.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task AnUnexpectedFailureIsInternalServiceErrorJsonNotHtml()
    {
        _ses.Server.Knobs.FailNext(1, LocalSesFault.UnhandledException);

        var reply = await SendAsync(HttpMethod.Get, "v2/email/identities/a.example");

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Equal("application/json", reply.ContentType);
        Assert.Equal("InternalServiceErrorException", reply.ErrorType);
    }

    [Fact]
    public async Task APathLocalSesDoesNotServeIsUnknownOperationJson()
    {
        var reply = await SendAsync(HttpMethod.Delete, "v2/email/identities/a.example");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("UnknownOperationException", reply.ErrorType);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsBadRequestAndChangesNothing()
    {
        var reply = await SendAsync(HttpMethod.Post, "v2/email/list-identities", "PageSize=2");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("BadRequestException", reply.ErrorType);
    }

    [Fact]
    public async Task CountersCountV2OperationsByNameAndTheRateLimitHoldsPerOperation()
    {
        _ses.Server.ResetRequestCounts();
        _ses.Server.Knobs.EnforceSesRateLimit = true;

        var list = await SendAsync(HttpMethod.Post, "v2/email/list-identities", "{}");
        var get = await SendAsync(HttpMethod.Get, "v2/email/identities/a.example");
        var listAgain = await SendAsync(HttpMethod.Get, "v2/email/identities");

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, listAgain.Status);
        Assert.Equal("TooManyRequestsException", listAgain.ErrorType);
        Assert.Equal(2, _ses.Server.RequestCounts["ListEmailIdentities"]);
        Assert.Equal(1, _ses.Server.RequestCounts["GetEmailIdentity"]);
    }

    private static IEnumerable<string?> Names(JsonElement answer) =>
        answer.GetProperty("EmailIdentities").EnumerateArray().Select(i => i.GetProperty("IdentityName").GetString()).ToList();

    private async Task<RestReply> SendAsync(HttpMethod method, string relative, string? json = null)
    {
        var bytes = json is null ? [] : Encoding.UTF8.GetBytes(json);
        using var request = new HttpRequestMessage(method, new Uri(_ses.Server.BaseAddress, relative));
        if (json is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        TestSigV4Signer.Sign(request, bytes, LocalSesHarness.AccessKeyId, LocalSesHarness.Secret, LocalSesHarness.Region, "ses", DateTimeOffset.UtcNow);
        return await ReadAsync(await _ses.Http.SendAsync(request));
    }

    private static async Task<RestReply> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            return new RestReply(
                response.StatusCode,
                response.Content.Headers.ContentType?.MediaType ?? string.Empty,
                response.Headers.TryGetValues("x-amzn-ErrorType", out var types) ? types.Single() : null,
                JsonDocument.Parse(body).RootElement.Clone());
        }
    }

    private sealed record RestReply(HttpStatusCode Status, string ContentType, string? ErrorType, JsonElement Json);
}
