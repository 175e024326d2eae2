using System.Net;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Ses.Support;
using SesConsole.Tests.Support.Hosting;
using SesConsole.Tests.Support.Ses;

namespace SesConsole.Tests.Integration.Core.Ses;

[Trait("Category", "Integration")]
public sealed class ErrorHandlingTests
{
    private const string ListResult = "<Identities><member>example.com</member></Identities>";

    private static Task<ListIdentitiesResponse> ListAsync(ISesClient client) =>
        client.ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None);

    [Fact]
    public async Task ThrottlingIsRetriedAndTheRetrySucceeds()
    {
        await using var ses = await LoopbackSes.StartAsync((request, number) =>
            number == 1 ? SesReply.Throttling("throttled-1") : SesReply.Success(request.Action, ListResult, "ok-2"));
        using var factory = SesClientHarness.CreateFactory(ses.Url);

        var result = await ListAsync(factory.ForRegion(SesClientHarness.Region));

        Assert.Equal(2, ses.RequestCount);
        Assert.Equal("ok-2", result.RequestId);
        Assert.Equal(["example.com"], result.Identities);
        Assert.All(ses.Requests, r => SigV4Check.AssertSignedForSes(r, SesClientHarness.Region));
    }

    [Fact]
    public async Task PersistentThrottlingFailsWithThrottlingAfterTheConfiguredRetries()
    {
        await using var ses = await LoopbackSes.StartAsync((_, number) => SesReply.Throttling($"throttled-{number}"));
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 2);

        var error = await Assert.ThrowsAsync<SesCallException>(() => ListAsync(factory.ForRegion(SesClientHarness.Region)));

        Assert.Equal(3, ses.RequestCount);
        Assert.Equal("Throttling", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("throttled-3", error.RequestId);
        Assert.Equal("Maximum sending rate exceeded.", error.Message);
    }

    [Fact]
    public async Task InvalidParameterValueIsNotRetriedAndKeepsSesCodeMessageAndRequestId()
    {
        await using var ses = await LoopbackSes.StartAsync(_ =>
            SesReply.Error(HttpStatusCode.BadRequest, "InvalidParameterValue", "Invalid domain name x.com..", "bad-1"));
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 2);

        var error = await Assert.ThrowsAsync<SesCallException>(() =>
            factory.ForRegion(SesClientHarness.Region).VerifyDomainIdentityAsync("x.com.", CancellationToken.None));

        Assert.Equal(1, ses.RequestCount);
        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Equal("Invalid domain name x.com..", error.Message);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("bad-1", error.RequestId);
    }

    [Fact]
    public async Task AccessDeniedIsReportedWithItsStatusAndNotRetried()
    {
        await using var ses = await LoopbackSes.StartAsync(_ =>
            SesReply.Error(HttpStatusCode.Forbidden, "AccessDenied", "User is not authorized to perform ses:DeleteIdentity", "denied-1"));
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 2);

        var error = await Assert.ThrowsAsync<SesCallException>(() =>
            factory.ForRegion(SesClientHarness.Region).DeleteIdentityAsync("example.com", CancellationToken.None));

        Assert.Equal(1, ses.RequestCount);
        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public async Task ServerErrorIsRetriedAndTheRetrySucceeds()
    {
        await using var ses = await LoopbackSes.StartAsync((request, number) => number == 1
            ? SesReply.Error(HttpStatusCode.InternalServerError, "InternalFailure", "Internal failure.", "fail-1", "Receiver")
            : SesReply.Success(request.Action, ListResult, "ok-2"));
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 2);

        var result = await ListAsync(factory.ForRegion(SesClientHarness.Region));

        Assert.Equal(2, ses.RequestCount);
        Assert.Equal("ok-2", result.RequestId);
    }

    [Fact]
    public async Task NonXml503BecomesServiceUnavailableWithAClearMessageAfterRetries()
    {
        await using var ses = await LoopbackSes.StartAsync(_ => new SesReply(
            HttpStatusCode.ServiceUnavailable, "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>", "text/html"));
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 1);

        var error = await Assert.ThrowsAsync<SesCallException>(() => ListAsync(factory.ForRegion(SesClientHarness.Region)));

        Assert.Equal(2, ses.RequestCount);
        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Contains("not SES's error XML", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<html>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuccessStatusWithHtmlBodyBecomesServiceUnavailable()
    {
        await using var ses = await LoopbackSes.StartAsync(_ => new SesReply(HttpStatusCode.OK, "<html><body>Sign in to the proxy", "text/html"));
        using var factory = SesClientHarness.CreateFactory(ses.Url);

        var error = await Assert.ThrowsAsync<SesCallException>(() => ListAsync(factory.ForRegion(SesClientHarness.Region)));

        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains("ListIdentities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerificationStatusInAnAnswerBecomesServiceUnavailableNamingTheValue()
    {
        await using var ses = await LoopbackSes.StartAsync(request => SesReply.Success(
            request.Action,
            "<VerificationAttributes><entry><key>example.com</key><value><VerificationStatus>Sideways</VerificationStatus></value></entry></VerificationAttributes>",
            "odd-1"));
        using var factory = SesClientHarness.CreateFactory(ses.Url);

        var error = await Assert.ThrowsAsync<SesCallException>(() =>
            factory.ForRegion(SesClientHarness.Region).GetIdentityVerificationAttributesAsync(["example.com"], CancellationToken.None));

        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Equal("odd-1", error.RequestId);
        Assert.Contains("Sideways", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionRefusedBecomesServiceUnavailable()
    {
        var closedPort = LoopbackPorts.Free();
        using var factory = SesClientHarness.CreateFactory($"http://127.0.0.1:{closedPort}/", maxErrorRetry: 0);

        var error = await Assert.ThrowsAsync<SesCallException>(() => ListAsync(factory.ForRegion(SesClientHarness.Region)));

        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Null(error.StatusCode);
        Assert.Null(error.RequestId);
        Assert.Contains($"127.0.0.1:{closedPort}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerSlowerThanTheTimeoutBecomesServiceUnavailable()
    {
        using var release = new CancellationTokenSource();
        await using var ses = await LoopbackSes.StartAsync(async (request, _, aborted) =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, release.Token);
            await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return SesReply.Success(request.Action, ListResult, "late");
        });
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 0, requestTimeout: TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<SesCallException>(() => ListAsync(factory.ForRegion(SesClientHarness.Region)));
        await release.CancelAsync();

        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Null(error.StatusCode);
    }
}
