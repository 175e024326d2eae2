using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Account;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Core.Ses;
using SesConsole.Tests.Support.Identities;

namespace SesConsole.Tests.Unit.Core.Account;

[Trait("Category", "Unit")]
public sealed class AccountStatusTests
{
    private readonly InMemorySesFactory _ses = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SandboxQuotaReadsAsSandboxWithSendsAgainstTheQuota()
    {
        var service = Create();

        var status = await service.GetAsync("us-east-1", CancellationToken.None);

        Assert.True(status.Succeeded);
        Assert.Equal(AccountAccess.Sandbox, status.Value.Access);
        Assert.True(status.Value.SendingEnabled);
        Assert.Equal((0d, 200d), (status.Value.SentLast24Hours, status.Value.Max24HourSend));
    }

    [Fact]
    public async Task ARaisedQuotaReadsAsProductionAndAPausedAccountAsNotSending()
    {
        var region = _ses["eu-west-1"];
        (region.Max24HourSend, region.MaxSendRate, region.SendingEnabled) = (50000, 14, false);
        var service = Create();

        var status = await service.GetAsync("EU-WEST-1 ", CancellationToken.None);

        Assert.Equal(("eu-west-1", AccountAccess.Production, false), (status.Value!.Region, status.Value.Access, status.Value.SendingEnabled));
    }

    [Fact]
    public async Task ManyOperatorsWithinTheCachePeriodCostOneCallOfEachOperationPerRegion()
    {
        var service = Create();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => service.GetAsync("us-east-1", CancellationToken.None)));
        _time.Advance(TimeSpan.FromMinutes(4));
        await service.GetAsync("us-east-1", CancellationToken.None);

        Assert.Equal(1, _ses["us-east-1"].Calls("GetSendQuota"));
        Assert.Equal(1, _ses["us-east-1"].Calls("GetAccountSendingEnabled"));
        Assert.Equal(2, _ses["us-east-1"].TotalCalls);
    }

    [Fact]
    public async Task AfterTheCachePeriodSesIsAskedAgain()
    {
        var service = Create();
        await service.GetAsync("us-east-1", CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(5));
        await service.GetAsync("us-east-1", CancellationToken.None);

        Assert.Equal(2, _ses["us-east-1"].Calls("GetSendQuota"));
    }

    [Fact]
    public async Task AnAccessDeniedCheckIsAFailureShownBrieflyThenRetried()
    {
        _ses["us-east-1"].FailNext("GetSendQuota", new SesCallException("AccessDenied", "not authorized to perform ses:GetSendQuota", HttpStatusCode.Forbidden, "r1"));
        var service = Create();

        var failed = await service.GetAsync("us-east-1", CancellationToken.None);
        var stillFailed = await service.GetAsync("us-east-1", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(30));
        var recovered = await service.GetAsync("us-east-1", CancellationToken.None);

        Assert.Equal(FailureKind.AccessDenied, failed.Failure!.Kind);
        Assert.Same(failed, stillFailed);
        Assert.True(recovered.Succeeded);
        Assert.Equal(2, _ses["us-east-1"].Calls("GetSendQuota"));
    }

    [Fact]
    public async Task ARegionThatIsNotConfiguredIsRefusedWithoutACall()
    {
        var service = Create();

        var refused = await service.GetAsync("ap-south-1", CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, refused.Failure!.Kind);
        Assert.Equal(0, _ses.TotalCalls);
    }

    private IAccountStatusService Create() => new AccountStatusService(
        _ses,
        new RefusingSesV2Factory(),
        Options.Create(new SesOptions { Regions = ["us-east-1", "eu-west-1"] }),
        Options.Create(new AccountStatusOptions()),
        _time,
        NullLogger<AccountStatusService>.Instance);
}
