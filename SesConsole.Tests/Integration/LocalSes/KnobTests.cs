using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using SesConsole.LocalSes.Knobs;
using SesConsole.Tests.Support.LocalSes;
using SesConsole.Tests.Support.Ses;

namespace SesConsole.Tests.Integration.LocalSes;

/// <summary>The test and benchmark knobs: latency, SES's rate limit, injected faults and request counters.</summary>
[Trait("Category", "Integration")]
public sealed class KnobTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync() => _ses = await LocalSesHarness.StartAsync(fakeTime: _time);

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task AddedLatencyDelaysEveryAnswer()
    {
        _ses.Server.Knobs.AddedLatency = TimeSpan.FromMilliseconds(300);
        var clock = Stopwatch.StartNew();

        var reply = await _ses.CallAsync("ListIdentities");

        Assert.Equal(LocalSesHarness.Ok, reply.Status);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(300), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task SesRateLimitThrottlesASecondCallWithinOneSecondPerOperationAndRegion()
    {
        _ses.Server.Knobs.EnforceSesRateLimit = true;

        var first = await _ses.CallAsync("ListIdentities");
        var second = await _ses.CallAsync("ListIdentities");
        var otherOperation = await _ses.CallAsync("GetIdentityVerificationAttributes", LocalSesHarness.Identities("a.example"));
        var otherRegion = await _ses.CallInRegionAsync("eu-west-1", "ListIdentities");
        _time.Advance(TimeSpan.FromSeconds(1));
        var nextSecond = await _ses.CallAsync("ListIdentities");

        Assert.Equal(LocalSesHarness.Ok, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("Throttling", second.ErrorCode);
        Assert.Equal(LocalSesHarness.Ok, otherOperation.Status);
        Assert.Equal(LocalSesHarness.Ok, otherRegion.Status);
        Assert.Equal(LocalSesHarness.Ok, nextSecond.Status);
    }

    [Fact]
    public async Task RateLimitIsOffByDefault()
    {
        var replies = new[] { await _ses.CallAsync("ListIdentities"), await _ses.CallAsync("ListIdentities"), await _ses.CallAsync("ListIdentities") };

        Assert.All(replies, r => Assert.Equal(LocalSesHarness.Ok, r.Status));
    }

    [Fact]
    public async Task FailNextInjectsEachFaultOnceThenAnswersNormally()
    {
        _ses.Server.Knobs.FailNext(1, LocalSesFault.Throttling);
        _ses.Server.Knobs.FailNext(1, LocalSesFault.InternalFailure);
        _ses.Server.Knobs.FailNext(1, LocalSesFault.ServiceUnavailableHtml);

        var throttled = await _ses.CallAsync("ListIdentities");
        var internalFailure = await _ses.CallAsync("ListIdentities");
        var html = await _ses.CallAsync("ListIdentities");
        var normal = await _ses.CallAsync("ListIdentities");

        Assert.Equal((HttpStatusCode.BadRequest, "Throttling"), (throttled.Status, throttled.ErrorCode));
        Assert.Equal((HttpStatusCode.InternalServerError, "InternalFailure", "Receiver"), (internalFailure.Status, internalFailure.ErrorCode, internalFailure.ErrorType));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, html.Status);
        Assert.Equal("text/html", html.ContentType);
        Assert.StartsWith("<html>", html.Body, StringComparison.Ordinal);
        Assert.Equal(LocalSesHarness.Ok, normal.Status);
    }

    [Fact]
    public async Task FaultRateOfOneFailsEveryCallUntilCleared()
    {
        _ses.Server.Knobs.SetFaultRate(1.0, LocalSesFault.InternalFailure);

        var failed = new[] { await _ses.CallAsync("ListIdentities"), await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "f.example")) };
        _ses.Server.Knobs.ClearFaults();
        var list = await _ses.CallAsync("ListIdentities");

        Assert.All(failed, r => Assert.Equal("InternalFailure", r.ErrorCode));
        Assert.Empty(SesReply.Members(list.Result("ListIdentities").Element(SesReply.Ns + "Identities")));
    }

    [Fact]
    public async Task UnexpectedExceptionBecomesInternalFailureXmlNotHtml()
    {
        _ses.Server.Knobs.FailNext(1, LocalSesFault.UnhandledException);

        var reply = await _ses.CallAsync("ListIdentities");

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Equal("text/xml", reply.ContentType);
        Assert.Equal("InternalFailure", reply.ErrorCode);
        Assert.Equal("Receiver", reply.ErrorType);
    }

    [Fact]
    public async Task RequestCountsTallyEveryCallPerAction()
    {
        await _ses.CallAsync("ListIdentities");
        await _ses.CallAsync("ListIdentities");
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "count.example"));
        await _ses.SendAsync([("Action", "ListIdentities")], sign: false);

        var counts = _ses.Server.RequestCounts;
        _ses.Server.ResetRequestCounts();

        Assert.Equal(3, counts["ListIdentities"]);
        Assert.Equal(1, counts["VerifyDomainIdentity"]);
        Assert.Empty(_ses.Server.RequestCounts);
    }

    [Fact]
    public async Task KnobsCanBeSetAtStart()
    {
        await using var ses = await LocalSesHarness.StartAsync(o => o.Knobs = new LocalSesKnobOptions { FaultRate = 1.0, FaultKind = LocalSesFault.Throttling });

        var reply = await ses.CallAsync("ListIdentities");

        Assert.Equal("Throttling", reply.ErrorCode);
    }
}
