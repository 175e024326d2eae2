using SesConsole.Core.Account;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Account;

/// <summary>
/// The header's account status against LocalSes over real HTTP, counted at LocalSes: one SES API v2 GetAccount per
/// check where the credentials allow it, and v1's GetSendQuota + GetAccountSendingEnabled after GetAccount is
/// refused (AccessDenied, LocalSes <c>DeniedActions</c>), without asking GetAccount again.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AccountStatusOverLocalSesTests
{
    private const string Region = LocalSesEndpoint.Region;
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>No caching, so every check goes to SES and the counts show what one check costs.</summary>
    private static readonly Dictionary<string, string?> EveryCheckAsksSes = new() { ["Ses:AccountStatus:FreshFor"] = "00:00:00" };

    [Fact]
    public async Task OneGetAccountCallReadsAccessSendingQuotaAndEnforcementStatus()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(o =>
        {
            o.Sandbox = true;
            o.SendingEnabled = false;
            o.EnforcementStatus = "PROBATION";
        });
        await using var core = CoreServices.For(ses);

        var status = await core.Get<IAccountStatusService>().GetAsync(Region, None);

        Assert.True(status.Succeeded, status.Failure?.Message);
        Assert.Equal(
            (AccountAccess.Sandbox, false, 0d, 200d, 1d, "PROBATION", "PROBATION"),
            (status.Value.Access, status.Value.SendingEnabled, status.Value.SentLast24Hours, status.Value.Max24HourSend,
                status.Value.MaxSendRate, status.Value.EnforcementStatus, status.Value.EnforcementConcern));
        Assert.Equal(1, ses.Count("GetAccount"));
        Assert.Equal(1, ses.TotalCount);
    }

    [Fact]
    public async Task AHealthyProductionAccountHasNoEnforcementConcernAndTheCacheAsksSesOnce()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        var service = core.Get<IAccountStatusService>();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => service.GetAsync(Region, None)));

        Assert.All(statuses, s => Assert.Equal((AccountAccess.Production, true, "HEALTHY"), (s.Value!.Access, s.Value.SendingEnabled, s.Value.EnforcementStatus)));
        Assert.Null(statuses[0].Value!.EnforcementConcern);
        Assert.Equal(1, ses.TotalCount);
    }

    [Fact]
    public async Task ARefusedGetAccountFallsBackToTheTwoV1CallsAndIsNotAskedAgain()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(o =>
        {
            o.Sandbox = true;
            o.Credentials[0].DeniedActions = ["ses:GetAccount"];
        });
        await using var core = CoreServices.For(ses, extraSettings: EveryCheckAsksSes);
        var service = core.Get<IAccountStatusService>();

        var first = await service.GetAsync(Region, None);
        var second = await service.GetAsync(Region, None);

        Assert.True(first.Succeeded, first.Failure?.Message);
        Assert.Equal((AccountAccess.Sandbox, true, 200d, null), (first.Value.Access, first.Value.SendingEnabled, first.Value.Max24HourSend, first.Value.EnforcementStatus));
        Assert.True(second.Succeeded, second.Failure?.Message);
        Assert.Equal(1, ses.Count("GetAccount"));
        Assert.Equal(2, ses.Count("GetSendQuota"));
        Assert.Equal(2, ses.Count("GetAccountSendingEnabled"));
        Assert.Equal(5, ses.TotalCount);
        var refused = core.Permissions.Snapshot([Region]).Single().Refused.Select(a => a.IamAction);
        Assert.Equal(["ses:GetAccount"], refused);
    }

    [Fact]
    public async Task WithGetAccountAllowedNoV1AccountCallIsMade()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses, extraSettings: EveryCheckAsksSes);
        var service = core.Get<IAccountStatusService>();

        await service.GetAsync(Region, None);
        await service.GetAsync(Region, None);

        Assert.Equal(2, ses.Count("GetAccount"));
        Assert.Equal(0, ses.Count("GetSendQuota") + ses.Count("GetAccountSendingEnabled"));
    }
}
