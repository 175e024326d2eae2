using Bunit;
using SesConsole.Core.Index;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities.Grid;

namespace SesConsole.Tests.Component.Web.Grid;

[Trait("Category", "Component")]
public class SyncFreshnessTests : WebTestContext
{

    private RegionSyncState SyncedSecondsAgo(string region, int seconds) =>
        new(region, Time.GetUtcNow().AddSeconds(-seconds), null, 120, null, null, null);

    [Fact]
    public void ASyncedRegionSaysHowLongAgoInSeconds()
    {
        var cut = Render<SyncFreshness>(p => p.Add(x => x.States, [SyncedSecondsAgo("us-east-1", 40)]));

        Assert.Equal("Synced 40 s ago", cut.Find("[data-testid=sync-state-us-east-1]").TextContent.Trim());
    }

    [Fact]
    public void TheAgeCountsOnWhileThePageStaysOpen()
    {
        var cut = Render<SyncFreshness>(p => p.Add(x => x.States, [SyncedSecondsAgo("us-east-1", 40)]));

        Time.Advance(TimeSpan.FromSeconds(25));

        cut.WaitForAssertion(() => Assert.Equal("Synced 1 min ago", cut.Find("[data-testid=sync-state-us-east-1]").TextContent.Trim()), Patience);
    }

    [Fact]
    public void ANeverSyncedRegionShowsTheIdentitiesReadSoFarNotASpinner()
    {
        var running = new RegionSyncState("us-east-1", null, Time.GetUtcNow(), 3456, null, null, null);

        var cut = Render<SyncFreshness>(p => p.Add(x => x.States, [running]));

        Assert.Equal("First sync running, 3,456 identities read so far", cut.Find("[data-testid=sync-state-us-east-1]").TextContent.Trim());
        Assert.Empty(cut.FindAll(".mud-progress-circular"));
    }

    [Fact]
    public void AFailedAttemptIsShownWithItsReason()
    {
        var failed = SyncedSecondsAgo("us-east-1", 200) with { LastError = "SES throttled the listing" };

        var cut = Render<SyncFreshness>(p => p.Add(x => x.States, [failed]));

        Assert.Equal("Synced 3 min ago (last attempt failed: SES throttled the listing)",
            cut.Find("[data-testid=sync-state-us-east-1]").TextContent.Trim());
    }

    [Fact]
    public void SeveralRegionsAreEachNamed()
    {
        var cut = Render<SyncFreshness>(p => p.Add(x => x.States,
            [SyncedSecondsAgo("us-east-1", 5), RegionSyncState.Never("eu-west-1")]));

        Assert.Equal("us-east-1: synced 5 s ago", cut.Find("[data-testid=sync-state-us-east-1]").TextContent.Trim());
        Assert.Equal("eu-west-1: not synced yet, the first sync starts shortly", cut.Find("[data-testid=sync-state-eu-west-1]").TextContent.Trim());
    }

    [Fact]
    public void SyncNowAsksOnceAndWaitsForTheSyncToAnswer()
    {
        var asked = 0;
        var state = SyncedSecondsAgo("us-east-1", 300);
        var cut = Render<SyncFreshness>(p => p
            .Add(x => x.States, [state])
            .Add(x => x.OnSyncNow, () => asked++));

        cut.Find("button[data-testid=sync-now]").Click();

        Assert.Equal(1, asked);
        Assert.True(cut.Find("button[data-testid=sync-now]").HasAttribute("disabled"));
        Time.Advance(TimeSpan.FromSeconds(2));
        cut.Render(p => p.Add(x => x.States, [state with { LastFullSyncAt = Time.GetUtcNow() }]));
        Assert.False(cut.Find("button[data-testid=sync-now]").HasAttribute("disabled"));
    }

    [Fact]
    public void AViewerHasNoSyncNow()
    {
        SignInAsViewer();

        var cut = Render<SyncFreshness>(p => p.Add(x => x.States, [SyncedSecondsAgo("us-east-1", 40)]));

        Assert.Empty(cut.FindAll("[data-testid=sync-now]"));
    }
}
