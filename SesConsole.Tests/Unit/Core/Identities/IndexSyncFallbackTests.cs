using SesConsole.Core.Identities;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Listing;
using SesConsole.Tests.Support.Identities;

namespace SesConsole.Tests.Unit.Core.Identities;

/// <summary>The sync where IAM refuses the v2 listing: it falls back to v1 (ListIdentities + statuses in batches of
/// 100) and says so in the region's sync state.</summary>
[Trait("Category", "Unit")]
public sealed class IndexSyncFallbackTests : IDisposable
{
    private readonly IdentityServiceHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task AccessDeniedToV2FallsBackToV1AtTheV1MinimumAndSaysSo()
    {
        _harness.SeedDomains(2050);

        await _harness.SyncAsync();

        Assert.Equal(3, _harness.Sdk.Calls("ListIdentities"));
        Assert.Equal(21, _harness.Sdk.Calls("GetIdentityVerificationAttributes"));
        var state = await _harness.Service.Reads.SyncStateAsync(IdentityServiceHarness.Region, CancellationToken.None);
        Assert.Equal(ListingApi.V1Fallback, state.Api);
        Assert.Equal(2050, state.IdentitiesRead);
    }

    [Fact]
    public async Task AFailedPassIsRecordedInTheSyncStateAndTheGridStillAnswers()
    {
        _harness.SeedDomains(3);
        _harness.Sdk.FailNext("ListIdentities", new SesCallException("Throttling", "Rate exceeded", System.Net.HttpStatusCode.BadRequest, "req-9"));

        await Assert.ThrowsAsync<SesCallException>(() => _harness.SyncAsync());
        var page = await _harness.Service.Reads.ListAsync(IdentityServiceHarness.Region, new IdentityQuery(), CancellationToken.None);

        Assert.True(page.Succeeded);
        Assert.False(page.Value.Sync!.EverSynced);
    }
}
