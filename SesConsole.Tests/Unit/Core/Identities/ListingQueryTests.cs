using SesConsole.Core.Identities;
using SesConsole.Core.Ses;
using SesConsole.Tests.Support.Identities;

namespace SesConsole.Tests.Unit.Core.Identities;

/// <summary>The grid's queries over the identity index after a sync: same answers the SES-backed cache gave.</summary>
[Trait("Category", "Unit")]
public sealed class ListingQueryTests : IDisposable
{
    private readonly IdentityServiceHarness harness = new();

    public ListingQueryTests()
    {
        harness.Sdk.Seed("zeta.example", SesVerificationStatus.Success);
        harness.Sdk.Seed("Bob@example.com", SesVerificationStatus.Pending);
        harness.Sdk.Seed("alpha.example", SesVerificationStatus.Failed);
        harness.Sdk.Seed("carol@example.com", SesVerificationStatus.Success);
        harness.Sdk.Seed("mid.example", SesVerificationStatus.Pending);
    }

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task DefaultOrderIsByNameIgnoringCaseWithExactTotal()
    {
        var page = await ListAsync(new IdentityQuery());

        Assert.Equal(["alpha.example", "Bob@example.com", "carol@example.com", "mid.example", "zeta.example"], Names(page));
        Assert.Equal(5, page.TotalCount);
        Assert.True(page.TotalIsExact);
        Assert.Equal(IdentityKind.EmailAddress, page.Items[1].Kind);
        Assert.Equal(VerificationStatus.Pending, page.Items[1].Status);
    }

    [Fact]
    public async Task SearchIsCaseInsensitiveSubstring()
    {
        var page = await ListAsync(new IdentityQuery(Search: "BOB"));

        Assert.Equal(["Bob@example.com"], Names(page));
        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task KindFilterKeepsOnlyEmailAddresses()
    {
        var page = await ListAsync(new IdentityQuery(Kind: IdentityKind.EmailAddress));

        Assert.Equal(["Bob@example.com", "carol@example.com"], Names(page));
    }

    [Fact]
    public async Task StatusFilterKeepsOnlyPending()
    {
        var page = await ListAsync(new IdentityQuery(Status: VerificationStatus.Pending));

        Assert.Equal(["Bob@example.com", "mid.example"], Names(page));
        Assert.Equal(2, page.TotalCount);
    }

    [Fact]
    public async Task SortByNameAscendingIgnoresCase()
    {
        var page = await ListAsync(new IdentityQuery(SortBy: IdentitySortField.Name));

        Assert.Equal(["alpha.example", "Bob@example.com", "carol@example.com", "mid.example", "zeta.example"], Names(page));
    }

    [Fact]
    public async Task SortByNameDescending()
    {
        var page = await ListAsync(new IdentityQuery(SortBy: IdentitySortField.Name, Descending: true));

        Assert.Equal(["zeta.example", "mid.example", "carol@example.com", "Bob@example.com", "alpha.example"], Names(page));
    }

    [Fact]
    public async Task SortByStatusGroupsStatusesThenNames()
    {
        var page = await ListAsync(new IdentityQuery(SortBy: IdentitySortField.Status));

        Assert.Equal(["Bob@example.com", "mid.example", "carol@example.com", "zeta.example", "alpha.example"], Names(page));
    }

    [Fact]
    public async Task PagingSplitsTheFilteredSortedRows()
    {
        var first = await ListAsync(new IdentityQuery(PageIndex: 0, PageSize: 2, SortBy: IdentitySortField.Name));
        var last = await ListAsync(new IdentityQuery(PageIndex: 2, PageSize: 2, SortBy: IdentitySortField.Name));
        var beyond = await ListAsync(new IdentityQuery(PageIndex: 3, PageSize: 2, SortBy: IdentitySortField.Name));

        Assert.Equal(["alpha.example", "Bob@example.com"], Names(first));
        Assert.Equal(["zeta.example"], Names(last));
        Assert.Empty(beyond.Items);
        Assert.Equal(5, beyond.TotalCount);
    }

    [Fact]
    public async Task CombinedFiltersApplyTogether()
    {
        var page = await ListAsync(new IdentityQuery(Search: "example.com", Status: VerificationStatus.Success));

        Assert.Equal(["carol@example.com"], Names(page));
    }

    [Theory]
    [InlineData(-1, 25, "PageIndex")]
    [InlineData(0, 0, "PageSize")]
    [InlineData(0, 1001, "PageSize")]
    public async Task InvalidPagingIsRefusedWithoutCallingSes(int pageIndex, int pageSize, string field)
    {
        var outcome = await harness.Service.Reads.ListAsync(
            IdentityServiceHarness.Region, new IdentityQuery(pageIndex, pageSize), CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal(field, outcome.Failure.Field);
        Assert.Equal(0, harness.Ses.TotalCalls);
    }

    [Fact]
    public async Task UnknownRegionIsRefusedNamingTheAllowedRegions()
    {
        var outcome = await harness.Service.Reads.ListAsync("ap-south-1", new IdentityQuery(), CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal(
            "The region 'ap-south-1' is not one this console manages; choose one of: us-east-1, eu-west-1.", outcome.Failure.Message);
        Assert.Equal(0, harness.Ses.TotalCalls);
    }

    [Fact]
    public void RegionsComeFromConfigurationInOrder() =>
        Assert.Equal([IdentityServiceHarness.Region, IdentityServiceHarness.OtherRegion], harness.Service.Reads.Regions);

    [Fact]
    public async Task RegionsAreIndexedSeparately()
    {
        harness.Ses[IdentityServiceHarness.OtherRegion].Seed("other.example");
        await harness.SyncAsync(IdentityServiceHarness.OtherRegion);

        var other = await harness.Service.Reads.ListAsync(IdentityServiceHarness.OtherRegion, new IdentityQuery(), CancellationToken.None);

        Assert.Equal(["other.example"], Names(other.Value!));
    }

    private async Task<IdentityPage> ListAsync(IdentityQuery query)
    {
        await harness.SyncAsync();
        var outcome = await harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, query, CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        return outcome.Value;
    }

    private static string[] Names(IdentityPage page) => page.Items.Select(i => i.Name).ToArray();
}
