using SesConsole.Core.Identities;
using SesConsole.Core.Ses;
using SesConsole.Tests.Core.Identities.Support;

namespace SesConsole.Tests.Core.Identities;

public class CacheTests
{
    private const string List = "ListIdentities";
    private const string Statuses = "GetIdentityVerificationAttributes";
    private readonly IdentityServiceHarness harness = new();

    public CacheTests() => harness.SeedDomains(30);

    [Fact]
    public async Task VerifiedEmailAppearsAsPendingWithoutListingAgain()
    {
        await ListAllAsync();
        var callsBefore = harness.Sdk.Calls(Statuses);

        var verified = await harness.Service.Changes.VerifyEmailAsync(IdentityServiceHarness.Region, "New.Person@Example.com", CancellationToken.None);
        var page = await ListAllAsync();

        Assert.True(verified.Succeeded);
        var row = Assert.Single(page.Items, i => i.Name == "New.Person@example.com");
        Assert.Equal(VerificationStatus.Pending, row.Status);
        Assert.Equal(1, harness.Sdk.Calls(List));
        Assert.Equal(callsBefore, harness.Sdk.Calls(Statuses));
        Assert.Equal(31, page.TotalCount);
    }

    [Fact]
    public async Task VerifiedDomainAppearsAsPendingWithoutListingAgain()
    {
        await ListAllAsync();

        await harness.Service.Changes.VerifyDomainAsync(IdentityServiceHarness.Region, "Fresh.Example", includeDkim: false, CancellationToken.None);
        var page = await ListAllAsync();

        Assert.Equal(VerificationStatus.Pending, Assert.Single(page.Items, i => i.Name == "fresh.example").Status);
        Assert.Equal(1, harness.Sdk.Calls(List));
    }

    [Fact]
    public async Task ReverifyingAKnownDomainReadsItsStatusFromSesAgain()
    {
        await ListAllAsync();
        var statusCalls = harness.Sdk.Calls(Statuses);

        await harness.Service.Changes.VerifyDomainAsync(IdentityServiceHarness.Region, "domain00002.example", includeDkim: false, CancellationToken.None);
        var page = await ListAllAsync();

        Assert.Equal(VerificationStatus.Success, Assert.Single(page.Items, i => i.Name == "domain00002.example").Status);
        Assert.Equal(statusCalls + 1, harness.Sdk.Calls(Statuses));
        Assert.Equal(1, harness.Sdk.Calls(List));
    }

    [Fact]
    public async Task DeletedIdentityDisappearsWithoutListingAgain()
    {
        await ListAllAsync();

        var deleted = await harness.Service.Changes.DeleteAsync(IdentityServiceHarness.Region, "domain00003.example", CancellationToken.None);
        var page = await ListAllAsync();

        Assert.True(deleted.Succeeded);
        Assert.DoesNotContain(page.Items, i => i.Name == "domain00003.example");
        Assert.Equal(29, page.TotalCount);
        Assert.Equal(1, harness.Sdk.Calls(List));
        Assert.False(harness.Sdk.Exists("domain00003.example"));
    }

    [Fact]
    public async Task InvalidateCacheMakesTheNextListAskSesAgain()
    {
        await ListAllAsync();
        harness.Sdk.Seed("added-elsewhere.example");

        harness.Service.Reads.InvalidateCache(IdentityServiceHarness.Region);
        var page = await ListAllAsync();

        Assert.Equal(2, harness.Sdk.Calls(List));
        Assert.Contains(page.Items, i => i.Name == "added-elsewhere.example");
    }

    [Fact]
    public async Task RefreshedStatusIsWhatTheListShowsNext()
    {
        await harness.Service.Changes.VerifyEmailAsync(IdentityServiceHarness.Region, "jane@example.com", CancellationToken.None);
        await ListAllAsync();
        harness.Sdk.SetStatus("jane@example.com", SesVerificationStatus.Success);

        var refreshed = await harness.Service.Reads.RefreshStatusesAsync(
            IdentityServiceHarness.Region, ["jane@example.com"], CancellationToken.None);
        var statusCalls = harness.Sdk.Calls(Statuses);
        var page = await ListAllAsync();

        Assert.Equal(VerificationStatus.Success, refreshed.Value!["jane@example.com"]);
        Assert.Equal(VerificationStatus.Success, Assert.Single(page.Items, i => i.Name == "jane@example.com").Status);
        Assert.Equal(statusCalls, harness.Sdk.Calls(Statuses));
    }

    [Fact]
    public async Task ConcurrentListsOfOneRegionShareOneListing()
    {
        harness.Sdk.CloseListGate();
        var first = harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None);
        await harness.Sdk.ListCallEntered.WaitAsync(TimeSpan.FromSeconds(10));
        var second = harness.NewSession(new SettableCurrentOperator())
            .Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None);

        Assert.False(second.IsCompleted);
        Assert.Equal(1, harness.Sdk.Calls(List));
        harness.Sdk.OpenListGate();
        var pages = await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, harness.Sdk.Calls(List));
        Assert.Equal(1, harness.Sdk.Calls(Statuses));
        Assert.Equal(pages[0].Value!.Items, pages[1].Value!.Items);
    }

    [Fact]
    public async Task ManyConcurrentListsMakeOneListCallAndOneStatusCall()
    {
        var lists = Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None)))
            .ToArray();

        var pages = await Task.WhenAll(lists).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(pages, page => Assert.Equal(25, page.Value!.Items.Count));
        Assert.Equal(1, harness.Sdk.Calls(List));
        Assert.Equal(1, harness.Sdk.Calls(Statuses));
    }

    [Fact]
    public async Task OperatorsShareOneCache()
    {
        await ListAllAsync();
        var colleague = harness.NewSession(new SettableCurrentOperator { Current = SettableCurrentOperator.Viewer });

        var page = await colleague.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(PageSize: 100), CancellationToken.None);

        Assert.Equal(30, page.Value!.Items.Count);
        Assert.Equal(1, harness.Sdk.Calls(List));
    }

    private async Task<IdentityPage> ListAllAsync()
    {
        var outcome = await harness.Service.Reads.ListAsync(
            IdentityServiceHarness.Region, new IdentityQuery(PageSize: 100), CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        return outcome.Value;
    }
}
