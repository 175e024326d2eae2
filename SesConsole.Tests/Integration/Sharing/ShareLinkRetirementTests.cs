using SesConsole.Tests.Support;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Tests.Support.Identities;
using SesConsole.Web.Audit;
using SesConsole.Web.Sharing;

namespace SesConsole.Tests.Integration.Sharing;

/// <summary>Share links die with their domain and never revive, each revocation audited.</summary>
[Trait("Category", "Integration")]
public sealed class ShareLinkRetirementTests : IAsyncLifetime
{
    private const string Domain = "acme-shop.com";
    private readonly TempFolder _folder = new();
    private ShareAppFactory _app = default!;
    private HttpClient _anonymous = default!;

    public Task InitializeAsync()
    {
        _app = new ShareAppFactory(_folder.Path);
        _anonymous = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _anonymous.Dispose();
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    private async Task<string> CreatePathAsync()
    {
        using var scope = _app.Services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<IShareLinkService>().CreateAsync("us-east-1", Domain, 7, CancellationToken.None);
        return created.Value!.Path!;
    }

    private async Task<IReadOnlyList<AuditRecord>> RevocationsAsync()
    {
        var page = await _app.Services.GetRequiredService<IAuditQuery>().FindAsync(new AuditFilter(), CancellationToken.None);
        return page.Items.Where(r => r.Action == ShareLinkAuditActions.Revoked).ToList();
    }

    [Fact]
    public async Task DeletingTheDomainRevokesEveryLiveLinkAndVerifyingItAgainDoesNotReviveThem()
    {
        var first = await CreatePathAsync();
        var second = await CreatePathAsync();
        var retirement = _app.Services.GetRequiredService<IIdentityDeletionFollowUp>();

        await retirement.IdentityDeletedAsync("us-east-1", Domain, SettableCurrentOperator.Admin, CancellationToken.None);

        // The domain is still (or again) at SES: the links stay dead.
        Assert.Equal(HttpStatusCode.NotFound, (await _anonymous.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anonymous.GetAsync(second)).StatusCode);
        var revocations = await RevocationsAsync();
        Assert.Equal(2, revocations.Count);
        Assert.All(revocations, r =>
        {
            Assert.Equal(nameof(AuditOutcome.Succeeded), r.Outcome);
            Assert.Equal("admin@contoso.example", r.OperatorName);
            Assert.Contains("revoked because the identity was deleted", r.Detail, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ALinkWhoseDomainIsGoneAtSesIsRevokedAndStaysDeadWhenTheDomainReturns()
    {
        var path = await CreatePathAsync();
        var details = _app.Identities.Details["us-east-1/" + Domain];
        _app.Identities.Details.TryRemove("us-east-1/" + Domain, out _);

        var whileGone = await _anonymous.GetAsync(path);
        _app.Identities.Details["us-east-1/" + Domain] = details;
        var afterReturn = await _anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, whileGone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterReturn.StatusCode);
        var revocation = Assert.Single(await RevocationsAsync());
        Assert.Equal(ShareLinkRetirement.SystemActor, revocation.OperatorName);
    }

    [Fact]
    public async Task OnlyThatDomainsLinksInThatRegionAreRevoked()
    {
        using var scope = _app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<IShareLinkService>();
        var other = (await service.CreateAsync("us-east-1", "other-brand.net", 7, CancellationToken.None)).Value!.Path!;
        await CreatePathAsync();

        await _app.Services.GetRequiredService<IIdentityDeletionFollowUp>()
            .IdentityDeletedAsync("eu-west-1", Domain, SettableCurrentOperator.Admin, CancellationToken.None);
        await _app.Services.GetRequiredService<IIdentityDeletionFollowUp>()
            .IdentityDeletedAsync("us-east-1", Domain, SettableCurrentOperator.Admin, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, (await _anonymous.GetAsync(other)).StatusCode);
        Assert.Single(await RevocationsAsync());
    }
}
