using System.Net;
using DnsClient;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Support.Dns;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>Pending to Success as our client sees it: an email through its outbox link, a domain through real DNS.</summary>
[Trait("Category", "Integration")]
public sealed class VerificationLifecycleTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task EmailTurnsSuccessAfterItsOutboxLinkIsOpened()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        const string email = "Jane.Doe+alerts@lifecycle.example";
        await core.Client.VerifyEmailIdentityAsync(email, None);
        Assert.Equal(SesVerificationStatus.Pending, await StatusAsync(core.Client, email));

        var link = await Outbox.LinkForAsync(ses.Server, email);
        using var http = new HttpClient();
        using var confirmation = await http.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Equal(ses.BaseAddress.Authority, link.Authority);
        Assert.Equal(SesVerificationStatus.Success, await StatusAsync(core.Client, email));
    }

    [Fact]
    public async Task DomainTurnsSuccessWhenItsTxtRecordIsServedByDns()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        var published = await core.Client.VerifyDomainIdentityAsync("published.lifecycle.example", None);
        await core.Client.VerifyDomainIdentityAsync("unpublished.lifecycle.example", None);
        await using var dns = await DnsmasqServer.StartAsync(
            [$"--txt-record=_amazonses.published.lifecycle.example,{published.VerificationToken}"], CancellationToken.None);
        // DNS servers are fixed at start, and the token exists only after the verify call: restart on the same file.
        await ses.RestartAsync(options => options.DnsServers = [dns.Endpoint]);
        Assert.Equal(SesVerificationStatus.Pending, await StatusAsync(core.Client, "published.lifecycle.example"));

        await ses.Server.CheckDomainsNowAsync(None);

        Assert.Equal(SesVerificationStatus.Success, await StatusAsync(core.Client, "published.lifecycle.example"));
        Assert.Equal(SesVerificationStatus.Pending, await StatusAsync(core.Client, "unpublished.lifecycle.example"));
    }

    private static async Task<SesVerificationStatus> StatusAsync(ISesClient client, string identity) =>
        (await client.GetIdentityVerificationAttributesAsync([identity], None)).VerificationAttributes[identity].VerificationStatus;
}
