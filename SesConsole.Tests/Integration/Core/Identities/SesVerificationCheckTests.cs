using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Support.Dns;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>
/// SES's own last check of a domain (v2 <c>VerificationInfo</c>) as LocalSes records it from its DNS check of the
/// <c>_amazonses</c> TXT record (a real dnsmasq), read by Core's details read over real HTTP: the line the details
/// page shows as "SES last checked ...".
/// </summary>
[Trait("Category", "Integration")]
public sealed class SesVerificationCheckTests
{
    private const string Region = LocalSesEndpoint.Region;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ADomainWhoseTxtRecordIsMissingShowsSesErrorTypeInTheDetailsRead()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("missing.test", None);
        await using var dns = await DnsmasqServer.StartAsync([], None);
        await ses.RestartAsync(o => o.DnsServers = [dns.Endpoint]);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var beforeCheck = await core.NewSession().Reads.GetDetailsAsync(Region, "missing.test", None);
        await ses.Server.CheckDomainsNowAsync(None);
        var details = await core.NewSession().Reads.GetDetailsAsync(Region, "missing.test", None);

        Assert.True(beforeCheck.Succeeded, beforeCheck.Failure?.Message);
        Assert.Null(beforeCheck.Value.SesCheck);
        Assert.True(details.Succeeded, details.Failure?.Message);
        var check = Assert.IsType<SesConsole.Core.Identities.SesVerificationCheck>(details.Value.SesCheck);
        Assert.Equal("HOST_NOT_FOUND", check.ErrorType);
        Assert.Equal("the domain's DNS has no such name", check.Finding);
        Assert.InRange(check.LastCheckedAt!.Value, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Null(check.LastSuccessAt);
    }

    [Fact]
    public async Task EachWayTheTxtRecordCanBeWrongGetsSesOwnErrorTypeAndAFoundTokenRecordsTheSuccess()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        var published = (await core.Client.VerifyDomainIdentityAsync("published.test", None)).VerificationToken;
        var wrong = (await core.Client.VerifyDomainIdentityAsync("wrong.test", None)).VerificationToken;
        await core.Client.VerifyDomainIdentityAsync("typeless.test", None);
        await using var dns = await DnsmasqServer.StartAsync(
            [
                $"--txt-record=_amazonses.published.test,{published}",
                $"--txt-record=_amazonses.wrong.test,{wrong}x",
                "--host-record=_amazonses.typeless.test,127.0.0.3",
            ], None);
        await ses.RestartAsync(o => o.DnsServers = [dns.Endpoint]);

        await ses.Server.CheckDomainsNowAsync(None);
        var checks = new Dictionary<string, SesConsole.Core.Ses.EmailIdentityVerificationInfo?>();
        foreach (var domain in new[] { "published.test", "wrong.test", "typeless.test" })
        {
            checks[domain] = (await core.V2Client.GetEmailIdentityAsync(domain, None)).VerificationInfo;
        }

        Assert.Equal("INVALID_VALUE", checks["wrong.test"]!.ErrorType);
        Assert.Equal("TYPE_NOT_FOUND", checks["typeless.test"]!.ErrorType);
        Assert.Null(checks["published.test"]!.ErrorType);
        Assert.NotNull(checks["published.test"]!.LastSuccessTimestamp);
        Assert.Equal(checks["published.test"]!.LastCheckedTimestamp, checks["published.test"]!.LastSuccessTimestamp);
        Assert.Null(checks["wrong.test"]!.LastSuccessTimestamp);
    }

    [Fact]
    public async Task DeletingADomainForgetsItsLastCheck()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("again.test", None);
        await using var dns = await DnsmasqServer.StartAsync([], None);
        await ses.RestartAsync(o => o.DnsServers = [dns.Endpoint]);
        await ses.Server.CheckDomainsNowAsync(None);

        await core.Client.DeleteIdentityAsync("again.test", None);
        await core.Client.VerifyDomainIdentityAsync("again.test", None);

        Assert.Null((await core.V2Client.GetEmailIdentityAsync("again.test", None)).VerificationInfo);
    }
}
