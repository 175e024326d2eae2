using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Identities;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Hosting;
using SesConsole.Tests.Support.Identities;
using SesConsole.Web.Sharing;

namespace SesConsole.Tests.Integration.Sharing;

/// <summary>
/// Share links for identities made outside the console (straight in the embedded LocalSes, as the CLI would), for
/// each name kind of <see cref="RealAccountNameTests"/>: a domain's link is made for the exact listed name, opens its
/// records over HTTP and stops opening once revoked; an email address, whatever its case, is refused and stores nothing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RealAccountShareLinkTests : IAsyncLifetime
{
    private const string Region = SesConsoleAppFactory.Region;
    private readonly TempFolder _folder = new();
    private LocalApp _app = default!;

    private sealed class LocalApp(string dataFolder) : SesConsoleAppFactory(new SesConsoleAppOptions
    {
        DataFolder = dataFolder,
        Regions = [Region],
        LocalSesUrl = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}"),
    })
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.ReplaceWithInstance<ICurrentOperator>(new SettableCurrentOperator());
    }

    public Task InitializeAsync()
    {
        _app = new LocalApp(_folder.Path);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    [Theory]
    [MemberData(nameof(RealAccountNameTests.Domains), MemberType = typeof(RealAccountNameTests))]
    public async Task ADomainMadeOutsideTheConsoleIsSharedOpenedAndRevokedByItsListedName(string created, string listedAs)
    {
        var ses = _app.Services.GetRequiredService<ISesClientFactory>().ForRegion(Region);
        var token = (await ses.VerifyDomainIdentityAsync(created, CancellationToken.None)).VerificationToken;
        using var scope = _app.Services.CreateScope();
        var links = scope.ServiceProvider.GetRequiredService<IShareLinkService>();
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var link = await links.CreateAsync(Region, listedAs, 7, CancellationToken.None);
        Assert.True(link.Succeeded, link.Failure?.Message);
        using var opened = await client.GetAsync(link.Value.Path);
        var page = WebUtility.HtmlDecode(await opened.Content.ReadAsStringAsync());
        var revoked = await links.RevokeAsync(link.Value.Id, CancellationToken.None);
        using var afterRevoke = await client.GetAsync(link.Value.Path);

        Assert.Equal(listedAs, link.Value.Domain);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains($"_amazonses.{listedAs}", page, StringComparison.Ordinal);
        Assert.Contains(token, page, StringComparison.Ordinal);
        Assert.True(revoked.Succeeded, revoked.Failure?.Message);
        Assert.Equal(HttpStatusCode.NotFound, afterRevoke.StatusCode);
        Assert.DoesNotContain((await links.ListAsync(Region, listedAs, CancellationToken.None)).Value!, l => l.Path is not null);
    }

    [Theory]
    [MemberData(nameof(RealAccountNameTests.Emails), MemberType = typeof(RealAccountNameTests))]
    public async Task AnEmailMadeOutsideTheConsoleHasNoLinkToShareAndNothingIsStored(string email)
    {
        await _app.Services.GetRequiredService<ISesClientFactory>().ForRegion(Region).VerifyEmailIdentityAsync(email, CancellationToken.None);
        using var scope = _app.Services.CreateScope();
        var links = scope.ServiceProvider.GetRequiredService<IShareLinkService>();

        var link = await links.CreateAsync(Region, email, 7, CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, link.Failure?.Kind);
        Assert.Equal("Only a domain has DNS records to share.", link.Failure!.Message);
        Assert.Empty((await links.ListAsync(Region, email, CancellationToken.None)).Value ?? []);
    }
}
