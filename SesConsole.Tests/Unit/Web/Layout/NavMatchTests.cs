using SesConsole.Web.Components.Layout;

namespace SesConsole.Tests.Unit.Web.Layout;

[Trait("Category", "Unit")]
public class NavMatchTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("?q=x", "")]
    [InlineData("#top", "")]
    public void TheHomeEntryIsActiveOnlyOnTheHomePage(string current, string href) =>
        Assert.True(NavMatch.IsActive(current, href, prefix: false));

    [Fact]
    public void TheHomeEntryIsNotActiveBelowIt() =>
        Assert.False(NavMatch.IsActive("audit", "", prefix: false));

    [Theory]
    [InlineData("regions/us-east-1/identities")]
    [InlineData("regions/us-east-1/identities/")]
    [InlineData("regions/us-east-1/identities?q=shop&page=2")]
    [InlineData("regions/us-east-1/identities/a%40example.com")]
    public void APrefixEntryIsActiveOnItsPageAndBelow(string current) =>
        Assert.True(NavMatch.IsActive(current, "regions/us-east-1/identities", prefix: true));

    [Theory]
    [InlineData("regions/us-east-1/identities-old")]
    [InlineData("regions/eu-west-1/identities")]
    [InlineData("regions/us-east-1")]
    public void APrefixEntryMatchesWholeSegmentsOnly(string current) =>
        Assert.False(NavMatch.IsActive(current, "regions/us-east-1/identities", prefix: true));

    [Fact]
    public void AnExactEntryIsNotActiveBelowItsPage() =>
        Assert.False(NavMatch.IsActive("jobs/42", "jobs", prefix: false));
}
