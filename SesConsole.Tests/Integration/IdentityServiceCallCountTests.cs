using SesConsole.Core.Identities;
using SesConsole.Tests.Integration.Support;

namespace SesConsole.Tests.Integration;

/// <summary>
/// The identity service over LocalSes with 3,000 identities: SES calls counted where they arrive. Each test builds
/// a fresh Core (an empty cache, as for the first visitor after a start).
/// </summary>
public sealed class IdentityServiceCallCountTests(IdentityServiceCallCountTests.ThreeThousandIdentities seeded)
    : IClassFixture<IdentityServiceCallCountTests.ThreeThousandIdentities>
{
    private const int Count = 3000;
    private const string Region = LocalSesEndpoint.Region;
    private readonly LocalSesEndpoint _ses = seeded.Ses;

    [Fact]
    public async Task FirstGridPageCostsOneListAndOneStatusCall()
    {
        await using var core = CoreServices.For(_ses);
        _ses.Server.ResetRequestCounts();

        var page = await core.NewSession().Reads.ListAsync(Region, new IdentityQuery(PageSize: 25), CancellationToken.None);

        Assert.True(page.Succeeded);
        Assert.Equal(25, page.Value.Items.Count);
        Assert.All(page.Value.Items, row => Assert.Equal(VerificationStatus.Pending, row.Status));
        Assert.False(page.Value.TotalIsExact);
        Assert.Equal(1, _ses.Count("ListIdentities"));
        Assert.Equal(1, _ses.Count("GetIdentityVerificationAttributes"));
        Assert.Equal(2, _ses.TotalCount);
    }

    [Fact]
    public async Task StatusesOfAllIdentitiesCostTheMinimumNumberOfCalls()
    {
        await using var core = CoreServices.For(_ses);
        _ses.Server.ResetRequestCounts();

        var page = await core.NewSession().Reads.ListAsync(
            Region, new IdentityQuery(PageSize: 25, SortBy: IdentitySortField.Status), CancellationToken.None);

        Assert.True(page.Succeeded);
        Assert.Equal(Count, page.Value.TotalCount);
        Assert.True(page.Value.TotalIsExact);
        Assert.Equal((Count + 999) / 1000, _ses.Count("ListIdentities"));
        Assert.Equal((Count + 99) / 100, _ses.Count("GetIdentityVerificationAttributes"));
        Assert.Equal(((Count + 999) / 1000) + ((Count + 99) / 100), _ses.TotalCount);
    }

    [Fact]
    public async Task StatusesFetchedDuringAListingAreNotFetchedAgainForItsPage()
    {
        // The status fetch for a status filter takes longer than statuses stay fresh (latency guarantees it):
        // the page must still be built from what this very call fetched, not trigger another status call.
        await using var core = CoreServices.For(_ses, catalog: o => o.StatusesFreshFor = TimeSpan.FromMilliseconds(100));
        _ses.Server.ResetRequestCounts();
        _ses.Server.Knobs.AddedLatency = TimeSpan.FromMilliseconds(10);
        try
        {
            var page = await core.NewSession().Reads.ListAsync(
                Region, new IdentityQuery(PageSize: 25, Status: VerificationStatus.Pending), CancellationToken.None);

            Assert.True(page.Succeeded);
            Assert.Equal(Count, page.Value.TotalCount);
        }
        finally
        {
            _ses.Server.Knobs.AddedLatency = TimeSpan.Zero;
        }

        Assert.Equal((Count + 99) / 100, _ses.Count("GetIdentityVerificationAttributes"));
    }

    [Fact]
    public async Task SecondVisitorOfTheFirstPageCostsNothing()
    {
        await using var core = CoreServices.For(_ses);
        await core.NewSession().Reads.ListAsync(Region, new IdentityQuery(PageSize: 25), CancellationToken.None);
        _ses.Server.ResetRequestCounts();

        var page = await core.NewSession().Reads.ListAsync(Region, new IdentityQuery(PageSize: 25), CancellationToken.None);

        Assert.True(page.Succeeded);
        Assert.Equal(25, page.Value.Items.Count);
        Assert.Equal(0, _ses.TotalCount);
    }

    /// <summary>1,500 email and 1,500 domain identities, seeded once through our client.</summary>
    public sealed class ThreeThousandIdentities : IAsyncLifetime
    {
        internal LocalSesEndpoint Ses { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Ses = await LocalSesEndpoint.StartAsync();
            await using var core = CoreServices.For(Ses);
            await Seeding.VerifyAsync(core.Client, [.. Seeding.Emails(Count / 2), .. Seeding.Domains(Count / 2)]);
        }

        public async Task DisposeAsync() => await Ses.DisposeAsync();
    }
}
