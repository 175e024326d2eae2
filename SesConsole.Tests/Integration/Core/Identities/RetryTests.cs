using System.Net;
using SesConsole.Core.Ses;
using SesConsole.LocalSes.Knobs;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>The SDK's retries (standard mode: 3 attempts) as LocalSes sees them, with faults injected by its knobs.</summary>
[Trait("Category", "Integration")]
public sealed class RetryTests
{
    private const int StandardModeAttempts = 3;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TwoThrottlingAnswersAreRetriedAndTheThirdAttemptSucceeds()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        ses.Server.Knobs.FailNext(2, LocalSesFault.Throttling);

        await core.Client.VerifyEmailIdentityAsync("retry@throttle.example", None);

        Assert.Equal(3, ses.Count("VerifyEmailIdentity"));
        Assert.Equal(["retry@throttle.example"], (await core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), None)).Identities);
    }

    [Fact]
    public async Task PersistentThrottlingSurfacesAsThrottlingAfterTheSdkRetries()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        ses.Server.Knobs.SetFaultRate(1, LocalSesFault.Throttling);

        var failure = await Assert.ThrowsAsync<SesCallException>(
            () => core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), None));

        Assert.Equal("Throttling", failure.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
        Assert.False(string.IsNullOrEmpty(failure.RequestId));
        Assert.Equal(StandardModeAttempts, ses.Count("ListIdentities"));
    }

    [Fact]
    public async Task InternalFailureIsRetried()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        ses.Server.Knobs.FailNext(1, LocalSesFault.InternalFailure);

        var listed = await core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(), None);

        Assert.Empty(listed.Identities);
        Assert.Equal(2, ses.Count("ListIdentities"));
    }

    [Fact]
    public async Task PersistentInternalFailureSurfacesWithSesCodeAndStatus()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        ses.Server.Knobs.SetFaultRate(1, LocalSesFault.InternalFailure);

        var failure = await Assert.ThrowsAsync<SesCallException>(
            () => core.Client.GetIdentityVerificationAttributesAsync(["x@y.example"], None));

        Assert.Equal("InternalFailure", failure.ErrorCode);
        Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
        Assert.Equal(StandardModeAttempts, ses.Count("GetIdentityVerificationAttributes"));
    }

    [Fact]
    public async Task NonXml503BecomesServiceUnavailableAfterRetries()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        ses.Server.Knobs.SetFaultRate(1, LocalSesFault.ServiceUnavailableHtml);

        var failure = await Assert.ThrowsAsync<SesCallException>(
            () => core.Client.VerifyDomainIdentityAsync("proxy.example", None));

        Assert.Equal("ServiceUnavailable", failure.ErrorCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Contains("not SES's error XML", failure.Message, StringComparison.Ordinal);
        Assert.Equal(StandardModeAttempts, ses.Count("VerifyDomainIdentity"));
    }

    [Fact]
    public async Task OneNonXml503IsRetriedAndTheCallSucceeds()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        ses.Server.Knobs.FailNext(1, LocalSesFault.ServiceUnavailableHtml);

        var started = await core.Client.VerifyDomainIdentityAsync("proxy.example", None);

        Assert.False(string.IsNullOrEmpty(started.VerificationToken));
        Assert.Equal(2, ses.Count("VerifyDomainIdentity"));
    }
}
