using SesConsole.Tests.Support.Web;
using SesConsole.Web.State;

namespace SesConsole.Tests.Unit.Web;

[Trait("Category", "Unit")]
public class RegionStateTests
{
    [Fact]
    public void StartsInTheFirstConfiguredRegion()
    {
        var state = new RegionState(new FakeIdentityService("eu-central-1", "us-east-1"));

        Assert.Equal("eu-central-1", state.Current);
    }

    [Fact]
    public async Task SelectingAnotherRegionChangesItAndAwaitsTheHandlers()
    {
        var state = new RegionState(new FakeIdentityService("us-east-1", "eu-west-1"));
        var seen = new List<string>();
        state.Changed += async (region, ct) =>
        {
            await Task.Yield();
            seen.Add(region);
        };

        var changed = await state.SelectAsync("eu-west-1", CancellationToken.None);

        Assert.True(changed);
        Assert.Equal("eu-west-1", state.Current);
        Assert.Equal(["eu-west-1"], seen);
    }

    [Fact]
    public async Task SelectingAnUnconfiguredRegionChangesNothing()
    {
        var state = new RegionState(new FakeIdentityService("us-east-1", "eu-west-1"));
        var raised = false;
        state.Changed += (_, _) =>
        {
            raised = true;
            return Task.CompletedTask;
        };

        var changed = await state.SelectAsync("ap-south-1", CancellationToken.None);

        Assert.False(changed);
        Assert.Equal("us-east-1", state.Current);
        Assert.False(raised);
    }
}
