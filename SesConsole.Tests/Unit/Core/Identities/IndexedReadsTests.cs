using SesConsole.Core.Identities;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Listing;
using SesConsole.Tests.Support.Identities;

namespace SesConsole.Tests.Unit.Core.Identities;

/// <summary>
/// The grid's reads answer from the identity index alone (these replace the SES call counts of the retired per-region
/// cache), and our own changes write through to it at once. The index is real SQLite; SES is the in-memory model.
/// </summary>
[Trait("Category", "Unit")]
public sealed class IndexedReadsTests : IDisposable
{
    private const string Region = IdentityServiceHarness.Region;
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly IdentityServiceHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task ASearchCountsItsMatchesUpToTheCapThenSaysOrMoreUnlessAPageFurtherOnIsAskedFor()
    {
        _harness.SeedDomains(2500);
        await _harness.SyncAsync();

        var first = (await _harness.Service.Reads.ListAsync(Region, new IdentityQuery(Search: "domain"), None)).Value!;
        var far = (await _harness.Service.Reads.ListAsync(Region, new IdentityQuery(PageIndex: 59, PageSize: 25, Search: "domain"), None)).Value!;
        var few = (await _harness.Service.Reads.ListAsync(Region, new IdentityQuery(Search: "domain012"), None)).Value!;
        var all = (await _harness.Service.Reads.ListAsync(Region, new IdentityQuery(), None)).Value!;

        Assert.Equal((1000, false), (first.TotalCount, first.TotalIsExact));
        Assert.Equal((1501, false), (far.TotalCount, far.TotalIsExact));
        Assert.Equal("domain01475.example", far.Items[0].Name);
        Assert.Equal((100, true), (few.TotalCount, few.TotalIsExact));
        Assert.Equal((2500, true), (all.TotalCount, all.TotalIsExact));
    }

    [Fact]
    public async Task SearchFilterSortAndPagingAfterASyncMakeNoSesCall()
    {
        _harness.SeedDomains(2500);
        _harness.Sdk.Seed("pending.example", SesVerificationStatus.Pending);
        await _harness.SyncAsync();
        var callsAfterSync = _harness.Ses.TotalCalls;

        IdentityQuery[] queries =
        [
            new(Search: "DOMAIN0012"),
            new(Status: VerificationStatus.Pending),
            new(SortBy: IdentitySortField.Status),
            new(PageIndex: 40, PageSize: 25, SortBy: IdentitySortField.Name),
            new(Kind: IdentityKind.EmailAddress),
        ];
        var pages = new List<IdentityPage>();
        foreach (var query in queries)
        {
            pages.Add((await _harness.Service.Reads.ListAsync(Region, query, None)).Value!);
        }

        Assert.Equal(callsAfterSync, _harness.Ses.TotalCalls);
        Assert.Equal(10, pages[0].TotalCount);
        Assert.Equal(["pending.example"], pages[1].Items.Select(i => i.Name));
        Assert.Equal("pending.example", pages[2].Items[0].Name);
        Assert.Equal("domain01000.example", pages[3].Items[0].Name);
        Assert.Equal(2501, pages[3].TotalCount);
        Assert.True(pages[3].TotalIsExact);
        Assert.Empty(pages[4].Items);
    }

    [Fact]
    public async Task ANeverSyncedRegionAnswersAtOnceWithTheSyncsProgressAndNoSesCall()
    {
        _harness.SeedDomains(30);

        var page = (await _harness.Service.Reads.ListAsync(Region, new IdentityQuery(), None)).Value!;

        Assert.Empty(page.Items);
        Assert.False(page.TotalIsExact);
        Assert.NotNull(page.Sync);
        Assert.False(page.Sync.EverSynced);
        Assert.Equal(0, page.Sync.IdentitiesRead);
        Assert.Equal(0, _harness.Ses.TotalCalls);
    }

    [Fact]
    public async Task AfterTheFirstSyncThePageCarriesWhenAndHowItWasSynced()
    {
        _harness.SeedDomains(3);
        await _harness.SyncAsync();

        var page = (await _harness.Service.Reads.ListAsync(Region, new IdentityQuery(), None)).Value!;

        Assert.True(page.Sync!.EverSynced);
        Assert.Equal(_harness.Clock.GetUtcNow(), page.Sync.LastFullSyncAt);
        Assert.Equal(3, page.Sync.IdentitiesRead);
        Assert.Equal(ListingApi.V1Fallback, page.Sync.Api);
        Assert.Null(page.Sync.PassStartedAt);
    }

    [Fact]
    public async Task AVerifiedEmailAppearsPendingAtOnceWithoutAnotherListing()
    {
        _harness.SeedDomains(3);
        await _harness.SyncAsync();
        var before = _harness.Ses.TotalCalls;

        await _harness.Service.Changes.VerifyEmailAsync(Region, "New.Sender@Example.com", None);
        var page = (await _harness.Service.Reads.ListAsync(Region, new IdentityQuery(Search: "new.sender"), None)).Value!;

        var row = Assert.Single(page.Items);
        Assert.Equal("New.Sender@example.com", row.Name);
        Assert.Equal(VerificationStatus.Pending, row.Status);
        Assert.Equal(IdentityKind.EmailAddress, row.Kind);
        Assert.Equal(before + 1, _harness.Ses.TotalCalls);
    }

    [Fact]
    public async Task AVerifiedDomainWithDkimAppearsPendingAtOnce()
    {
        await _harness.SyncAsync();

        await _harness.Service.Changes.VerifyDomainAsync(Region, "Shop.Example", includeDkim: true, None);
        var page = (await _harness.Service.Reads.ListAsync(Region, new IdentityQuery(), None)).Value!;

        var row = Assert.Single(page.Items);
        Assert.Equal(("shop.example", VerificationStatus.Pending, IdentityKind.Domain), (row.Name, row.Status, row.Kind));
    }

    [Fact]
    public async Task ADeletedIdentityGoesAtOnce()
    {
        _harness.SeedDomains(3);
        await _harness.SyncAsync();

        await _harness.Service.Changes.DeleteAsync(Region, "domain00001.example", None);
        var page = (await _harness.Service.Reads.ListAsync(Region, new IdentityQuery(), None)).Value!;

        Assert.Equal(["domain00000.example", "domain00002.example"], page.Items.Select(i => i.Name));
        Assert.Equal(2, page.TotalCount);
    }

    [Fact]
    public async Task AListingReadBeforeOurDeleteDoesNotBringTheIdentityBack()
    {
        _harness.SeedDomains(2);
        await _harness.SyncAsync();
        var listedAt = _harness.Clock.GetUtcNow();
        _harness.Clock.Advance(TimeSpan.FromSeconds(1));

        await _harness.Service.Changes.DeleteAsync(Region, "domain00001.example", None);
        await _harness.Index.WriteAsync(
            Region, [new("domain00001.example", IdentityKind.Domain, VerificationStatus.Success)], listedAt, None);
        var page = (await _harness.Service.Reads.ListAsync(Region, new IdentityQuery(), None)).Value!;

        Assert.Equal(["domain00000.example"], page.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task PollingPendingRowsReadsTheIndexNotSes()
    {
        _harness.Sdk.Seed("a.example", SesVerificationStatus.Pending);
        await _harness.SyncAsync();
        var before = _harness.Ses.TotalCalls;

        var statuses = (await _harness.Service.Reads.RefreshStatusesAsync(Region, ["a.example", "gone.example"], None)).Value!;

        Assert.Equal(VerificationStatus.Pending, statuses["a.example"]);
        Assert.Equal(VerificationStatus.NotStarted, statuses["gone.example"]);
        Assert.Equal(before, _harness.Ses.TotalCalls);
    }

    [Fact]
    public async Task OperatorsShareOneIndex()
    {
        _harness.SeedDomains(5);
        await _harness.SyncAsync();
        var colleague = _harness.NewSession(new SettableCurrentOperator());
        var before = _harness.Ses.TotalCalls;

        var page = (await colleague.Reads.ListAsync(Region, new IdentityQuery(), None)).Value!;

        Assert.Equal(5, page.TotalCount);
        Assert.Equal(before, _harness.Ses.TotalCalls);
    }

    [Fact]
    public async Task TheDetailsReadWritesTheStatusItSawThroughToTheIndex()
    {
        _harness.Sdk.Seed("a.example", SesVerificationStatus.Pending);
        await _harness.SyncAsync();
        _harness.Sdk.SetStatus("a.example", SesVerificationStatus.Success);

        await _harness.Service.Reads.GetDetailsAsync(Region, "a.example", None);
        var row = Assert.Single(await _harness.Index.GetAsync(Region, ["a.example"], None));

        Assert.Equal(VerificationStatus.Success, row.Status);
    }
}
