using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Ses.Support;
using SesConsole.Tests.Support.Ses;

namespace SesConsole.Tests.Integration.Core.Ses;

[Trait("Category", "Integration")]
public sealed class CancellationTests
{
    [Fact]
    public async Task CancellingWhileQueuedInThePacerSendsNothing()
    {
        await using var ses = await LoopbackSes.StartAsync(request => SesReply.Success(request.Action, string.Empty, "r"));
        var time = new ObservableTimeProvider();
        using var factory = SesClientHarness.CreateFactory(ses.Url, requestsPerSecond: 1, timeProvider: time);
        var client = factory.ForRegion(SesClientHarness.Region);
        await client.DeleteIdentityAsync("a@example.com", CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var queued = client.DeleteIdentityAsync("b@example.com", cts.Token);
        await Eventually.TrueAsync(() => time.TimersCreated == 1, "the second call started waiting for its slot");
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, ses.RequestCount);
    }

    [Fact]
    public async Task CancellingDuringTheHttpCallThrowsOperationCanceledNotSesCallException()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var ses = await LoopbackSes.StartAsync(async (request, _, aborted) =>
        {
            arrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, aborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return SesReply.Success(request.Action, string.Empty, "late");
        });
        using var factory = SesClientHarness.CreateFactory(ses.Url, maxErrorRetry: 2);
        using var cts = new CancellationTokenSource();

        var call = factory.ForRegion(SesClientHarness.Region).VerifyEmailIdentityAsync("a@example.com", cts.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, ses.RequestCount);
    }

    [Fact]
    public async Task AlreadyCancelledTokenSendsNothing()
    {
        await using var ses = await LoopbackSes.StartAsync(request => SesReply.Success(request.Action, "<Identities/>", "r"));
        using var factory = SesClientHarness.CreateFactory(ses.Url);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            factory.ForRegion(SesClientHarness.Region).ListIdentitiesAsync(new ListIdentitiesRequest(), new CancellationToken(canceled: true)));

        Assert.Equal(0, ses.RequestCount);
    }
}
