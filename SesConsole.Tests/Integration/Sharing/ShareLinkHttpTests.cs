using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Identities;
using SesConsole.Web.Audit;
using SesConsole.Web.Data;
using SesConsole.Web.Sharing;

namespace SesConsole.Tests.Integration.Sharing;

/// <summary>The public share page and its downloads over HTTP, with links created through the service.</summary>
[Trait("Category", "Integration")]
public sealed class ShareLinkHttpTests : IAsyncLifetime
{
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

    private async Task<Outcome<ShareLinkInfo>> CreateAsync(int days = 7, string domain = "acme-shop.com")
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IShareLinkService>().CreateAsync("us-east-1", domain, days, CancellationToken.None);
    }

    private async Task<Outcome<Done>> RevokeAsync(Guid id)
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IShareLinkService>().RevokeAsync(id, CancellationToken.None);
    }

    private async Task<string> CreatePathAsync(int days = 7)
    {
        var created = await CreateAsync(days);
        Assert.True(created.Succeeded, created.Failure?.Message);
        return created.Value.Path!;
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await _anonymous.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OneClientGetsThirtyShareRequestsAMinuteThenAClearRefusal()
    {
        var path = await CreatePathAsync();
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(path)).Status);
        }

        var (status, body) = await GetAsync(path + "/records.csv");

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("Too many requests for this page; wait a minute, then reload it.", body);
    }

    [Fact]
    public async Task AValidLinkShowsOnlyThatDomainsRecordsWithoutSignIn()
    {
        var path = await CreatePathAsync();

        var (status, body) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        var records = _app.Identities.Details["us-east-1/acme-shop.com"].Records;
        Assert.All(records, r => Assert.Contains(r.Name, body, StringComparison.Ordinal));
        Assert.All(ShareAppFactory.OtherIdentities, other => Assert.DoesNotContain(other, body, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("AllowPartnerSending", body, StringComparison.Ordinal);
        Assert.DoesNotContain("us-east-1", body.Replace("feedback-smtp.us-east-1", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("_framework/blazor.web.js", body, StringComparison.Ordinal);
        Assert.All(_app.Identities.DetailsCalls, c => Assert.Equal(("us-east-1", "acme-shop.com"), c));
        Assert.Empty(_app.Identities.ListCalls);
    }

    [Fact]
    public async Task UnknownTamperedExpiredAndRevokedLinksAreRefusedAlike()
    {
        var valid = await CreatePathAsync();
        var token = valid["/share/dns/".Length..];
        var tampered = $"/share/dns/{token[..^4]}{(token[^4] == 'A' ? 'B' : 'A')}{token[^3..]}";
        var unknown = SharedDnsEndpoints.PagePath(_app.Services.GetRequiredService<ShareLinkTokens>().Create(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(1)));
        var revoked = await CreateAsync();
        Assert.True((await RevokeAsync(revoked.Value!.Id)).Succeeded);
        var expiring = await CreatePathAsync(days: 1);

        _app.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));

        var answers = new[]
        {
            await GetAsync(tampered),
            await GetAsync(unknown),
            await GetAsync(revoked.Value.Path!),
            await GetAsync(expiring),
            await GetAsync("/share/dns/not-a-token"),
        };
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.Contains("This link is not valid.", answers[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("acme-shop.com", answers[0].Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(valid)).Status);
    }

    [Fact]
    public async Task TheDownloadsHoldTheDomainsRecords()
    {
        var path = await CreatePathAsync();
        var records = _app.Identities.Details["us-east-1/acme-shop.com"].Records;

        using var csv = await _anonymous.GetAsync($"{path}/records.csv");
        using var zone = await _anonymous.GetAsync($"{path}/zone.txt");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("acme-shop.com-dns-records.csv", csv.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(DnsRecordExport.ToCsv(records), await csv.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, zone.StatusCode);
        Assert.Equal("acme-shop.com-zone.txt", zone.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(DnsRecordExport.ToZoneFile(records), await zone.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DownloadsOfARevokedLinkAreRefusedLikeThePage()
    {
        var created = await CreateAsync();
        var path = created.Value!.Path!;
        await RevokeAsync(created.Value.Id);

        var page = await GetAsync(path);
        var csv = await GetAsync($"{path}/records.csv");
        var zone = await GetAsync($"{path}/zone.txt");

        Assert.All(new[] { page, csv, zone }, a => Assert.Equal(HttpStatusCode.NotFound, a.Status));
        Assert.Equal(page.Body, csv.Body);
        Assert.Equal(page.Body, zone.Body);
    }

    [Fact]
    public async Task CheckDnsNowRunsTheCheckerOnTheLinksDomainOnly()
    {
        var path = await CreatePathAsync();
        Assert.Empty(_app.Checker.Calls);

        var (status, body) = await GetAsync($"{path}?check=now");

        Assert.Equal(HttpStatusCode.OK, status);
        var call = Assert.Single(_app.Checker.Calls);
        Assert.Equal("acme-shop.com", call.Domain);
        Assert.Equal(_app.Identities.Details["us-east-1/acme-shop.com"].Records, call.Records);
        Assert.Contains("data-testid=\"dns-check-report\"", body, StringComparison.Ordinal);
        Assert.Contains("All 4 records are published correctly.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AViewerCanNeitherCreateNorRevokeLinks()
    {
        var path = await CreatePathAsync();
        var id = (await CreateAsync()).Value!.Id;
        _app.Operator.Current = SettableCurrentOperator.Viewer;

        var created = await CreateAsync();
        var revoked = await RevokeAsync(id);

        Assert.Equal(FailureKind.AccessDenied, created.Failure!.Kind);
        Assert.Equal(FailureKind.AccessDenied, revoked.Failure!.Kind);
        using var scope = _app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<IShareLinkService>();
        Assert.False(await service.CanManageAsync(CancellationToken.None));
        Assert.Equal(FailureKind.AccessDenied, (await service.ListAsync("us-east-1", "acme-shop.com", CancellationToken.None)).Failure!.Kind);
        _app.Operator.Current = SettableCurrentOperator.Admin;
        var links = (await service.ListAsync("us-east-1", "acme-shop.com", CancellationToken.None)).Value!;
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.Equal(ShareLinkState.Active, l.State));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path)).Status);
        var refusals = await AuditAsync(AuditOutcome.Refused);
        Assert.Equal([ShareLinkAuditActions.Revoked, ShareLinkAuditActions.Created], refusals.Select(r => r.Action));
        Assert.All(refusals, r => Assert.Equal("viewer@contoso.example", r.OperatorName));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(-7)]
    public async Task ADurationOutsideOneToThirtyDaysIsRefusedAndStoresNothing(int days)
    {
        var outcome = await CreateAsync(days);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal($"A link can be valid for 1 to 30 days, not {days}.", outcome.Failure.Message);
        using var scope = _app.Services.CreateScope();
        Assert.Empty((await scope.ServiceProvider.GetRequiredService<IShareLinkService>().ListAsync("us-east-1", "acme-shop.com", CancellationToken.None)).Value!);
    }

    [Fact]
    public async Task OnlyADomainCanBeShared()
    {
        var outcome = await CreateAsync(domain: "ops@acme-shop.com");

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal("Only a domain has DNS records to share.", outcome.Failure.Message);
    }

    [Fact]
    public async Task CreationAndRevocationAreAuditedWithLinkIdAndExpiryButNoToken()
    {
        var created = (await CreateAsync(days: 3)).Value!;
        await RevokeAsync(created.Id);

        var entries = await AuditAsync(AuditOutcome.Succeeded);

        Assert.Equal([ShareLinkAuditActions.Revoked, ShareLinkAuditActions.Created], entries.Select(e => e.Action));
        var expiry = created.ExpiresAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(entries, e =>
        {
            Assert.Equal($"Link {created.Id}, expires {expiry} UTC", e.Detail);
            Assert.Equal("acme-shop.com", e.Identity);
            Assert.Equal("us-east-1", e.Region);
            Assert.Equal("admin@contoso.example", e.OperatorName);
        });
        Assert.Equal(created.CreatedAt.AddDays(3), created.ExpiresAt);
    }

    [Fact]
    public async Task ALinkStillWorksAfterTheAppRestarts()
    {
        var path = await CreatePathAsync();
        await _app.DisposeAsync();

        _app = new ShareAppFactory(_folder.Path);
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<SesConsoleDbContext>>().CreateDbContextAsync();
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }

    private async Task<IReadOnlyList<AuditRecord>> AuditAsync(AuditOutcome outcome)
    {
        var page = await _app.Services.GetRequiredService<IAuditQuery>().FindAsync(new AuditFilter(), CancellationToken.None);
        return page.Items.Where(r => r.Outcome == outcome.ToString()).ToList();
    }
}
