using SesConsole.Core.Identities;
using SesConsole.Core.Ses;
using SesConsole.Tests.Core.Identities.Support;

namespace SesConsole.Tests.Core.Identities;

public class ListingEfficiencyTests
{
    private const string List = "ListIdentities";
    private const string Statuses = "GetIdentityVerificationAttributes";

    [Fact]
    public async Task FirstPageOfTenThousandIdentitiesNeedsOneListCallAndOneStatusCall()
    {
        var harness = new IdentityServiceHarness();
        harness.SeedDomains(10_000);

        var page = await harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None);

        Assert.True(page.Succeeded);
        Assert.Equal(1, harness.Sdk.Calls(List));
        Assert.Equal(1, harness.Sdk.Calls(Statuses));
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"domain{i:D5}.example"), page.Value.Items.Select(i => i.Name));
        Assert.All(page.Value.Items, item => Assert.Equal(VerificationStatus.Success, item.Status));
        Assert.Equal(1000, page.Value.TotalCount);
        Assert.False(page.Value.TotalIsExact);
    }

    [Theory]
    [InlineData(10_000, 10, 100)]
    [InlineData(2_350, 3, 24)]
    [InlineData(100, 1, 1)]
    [InlineData(1, 1, 1)]
    public async Task StatusFilterFetchesEveryStatusInBatchesOfOneHundred(int count, int listCalls, int statusCalls)
    {
        var harness = new IdentityServiceHarness();
        harness.SeedDomains(count);
        harness.Sdk.SetStatus($"domain{count - 1:D5}.example", SesVerificationStatus.Pending);

        var page = await harness.Service.Reads.ListAsync(
            IdentityServiceHarness.Region, new IdentityQuery(Status: VerificationStatus.Pending), CancellationToken.None);

        Assert.True(page.Succeeded);
        Assert.Equal(listCalls, harness.Sdk.Calls(List));
        Assert.Equal(statusCalls, harness.Sdk.Calls(Statuses));
        Assert.Equal([$"domain{count - 1:D5}.example"], page.Value.Items.Select(i => i.Name));
        Assert.Equal(1, page.Value.TotalCount);
        Assert.True(page.Value.TotalIsExact);
    }

    [Fact]
    public async Task SortByStatusFetchesAllStatuses()
    {
        var harness = new IdentityServiceHarness();
        harness.SeedDomains(1_500);

        await harness.Service.Reads.ListAsync(
            IdentityServiceHarness.Region, new IdentityQuery(SortBy: IdentitySortField.Status), CancellationToken.None);

        Assert.Equal(2, harness.Sdk.Calls(List));
        Assert.Equal(15, harness.Sdk.Calls(Statuses));
    }

    [Fact]
    public async Task SecondPageIsServedFromTheCachedNamesWithOneMoreStatusCall()
    {
        var harness = new IdentityServiceHarness();
        harness.SeedDomains(3_000);
        await harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None);

        var second = await harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(PageIndex: 1), CancellationToken.None);

        Assert.Equal(1, harness.Sdk.Calls(List));
        Assert.Equal(2, harness.Sdk.Calls(Statuses));
        Assert.Equal("domain00025.example", second.Value!.Items[0].Name);
    }

    [Fact]
    public async Task PageBeyondTheFirstThousandContinuesFromTheCachedNextToken()
    {
        var harness = new IdentityServiceHarness();
        harness.SeedDomains(3_000);
        await harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None);

        var page = await harness.Service.Reads.ListAsync(
            IdentityServiceHarness.Region, new IdentityQuery(PageIndex: 40), CancellationToken.None);

        Assert.Equal(2, harness.Sdk.Calls(List));
        Assert.Equal(Enumerable.Range(1000, 25).Select(i => $"domain{i:D5}.example"), page.Value!.Items.Select(i => i.Name));
        Assert.Equal(2000, page.Value.TotalCount);
        Assert.False(page.Value.TotalIsExact);
    }

    [Theory]
    [InlineData("00042", null, IdentitySortField.None)]
    [InlineData(null, IdentityKind.Domain, IdentitySortField.None)]
    [InlineData(null, null, IdentitySortField.Name)]
    public async Task SearchKindFilterAndNameSortListAllNamesButFetchOnlyThePageStatuses(
        string? search, IdentityKind? kind, IdentitySortField sort)
    {
        var harness = new IdentityServiceHarness();
        harness.SeedDomains(2_500);

        var page = await harness.Service.Reads.ListAsync(
            IdentityServiceHarness.Region, new IdentityQuery(Search: search, Kind: kind, SortBy: sort), CancellationToken.None);

        Assert.True(page.Value!.TotalIsExact);
        Assert.Equal(3, harness.Sdk.Calls(List));
        Assert.Equal(1, harness.Sdk.Calls(Statuses));
    }

    [Fact]
    public async Task RepeatingAQueryWithinTheFreshnessWindowCallsSesNoMore()
    {
        var harness = new IdentityServiceHarness();
        harness.SeedDomains(50);
        await harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromSeconds(29));

        await harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None);

        Assert.Equal(2, harness.Sdk.TotalCalls);
    }

    [Fact]
    public async Task StaleStatusesAreFetchedAgainWithoutListingAgain()
    {
        var harness = new IdentityServiceHarness();
        harness.SeedDomains(50);
        await harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None);
        harness.Sdk.SetStatus("domain00000.example", SesVerificationStatus.Failed);
        harness.Clock.Advance(TimeSpan.FromSeconds(31));

        var page = await harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None);

        Assert.Equal(1, harness.Sdk.Calls(List));
        Assert.Equal(2, harness.Sdk.Calls(Statuses));
        Assert.Equal(VerificationStatus.Failed, page.Value!.Items[0].Status);
    }

    [Fact]
    public async Task NamesAreListedAgainAfterTheyExpire()
    {
        var harness = new IdentityServiceHarness();
        harness.SeedDomains(5);
        await harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None);
        harness.Sdk.Seed("added-elsewhere.example");
        harness.Clock.Advance(TimeSpan.FromMinutes(6));

        var page = await harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None);

        Assert.Equal(2, harness.Sdk.Calls(List));
        Assert.Contains(page.Value!.Items, i => i.Name == "added-elsewhere.example");
    }

    [Fact]
    public async Task RefreshStatusesAsksSesInBatchesOfOneHundred()
    {
        var harness = new IdentityServiceHarness();
        harness.SeedDomains(250);
        var names = Enumerable.Range(0, 250).Select(i => $"domain{i:D5}.example").ToArray();

        var statuses = await harness.Service.Reads.RefreshStatusesAsync(IdentityServiceHarness.Region, names, CancellationToken.None);

        Assert.Equal(3, harness.Sdk.Calls(Statuses));
        Assert.Equal(250, statuses.Value!.Count);
    }

    [Fact]
    public async Task DkimStatusesAreAskedInBatchesOfOneHundredForDomainsOnly()
    {
        var harness = new IdentityServiceHarness();
        harness.SeedDomains(250);
        var names = Enumerable.Range(0, 250).Select(i => $"domain{i:D5}.example").Append("jane@example.com").ToArray();

        var dkim = await harness.Service.Reads.GetDkimStatusesAsync(IdentityServiceHarness.Region, names, CancellationToken.None);

        Assert.Equal(3, harness.Sdk.Calls("GetIdentityDkimAttributes"));
        Assert.Equal(250, dkim.Value!.Count);
        Assert.DoesNotContain("jane@example.com", dkim.Value.Keys);
    }
}
