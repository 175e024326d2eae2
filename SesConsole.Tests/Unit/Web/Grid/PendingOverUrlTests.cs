using SesConsole.Core.Identities;
using SesConsole.Web.Components.Pages.Identities.Grid;

namespace SesConsole.Tests.Unit.Web.Grid;

/// <summary>The grid's "pending longer than" filter as the URL carries it (<c>pendingOver=24h</c>).</summary>
[Trait("Category", "Unit")]
public class PendingOverUrlTests
{
    private static readonly string[] Regions = ["us-east-1"];

    [Fact]
    public void PendingOverIsWrittenInHoursAndBecomesTheQuerysFilter()
    {
        var view = IdentityGridUrl.Default with { Kind = IdentityKind.Domain, PendingOver = TimeSpan.FromHours(72) };

        Assert.Equal("?type=domain&pendingOver=72h", view.ToQueryString());
        Assert.Equal(TimeSpan.FromHours(72), IdentityGridUrl.Parse(view.ToQueryString(), Regions).ToQuery().PendingOver);
    }

    [Theory]
    [InlineData("24h", 24)]
    [InlineData("72H", 72)]
    [InlineData("3d", 72)]
    [InlineData("8760h", 8760)]
    public void PendingOverAcceptsWholeHoursOrDays(string text, int hours)
    {
        Assert.Equal(TimeSpan.FromHours(hours), IdentityGridUrl.Parse($"?pendingOver={text}", Regions).PendingOver);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0h")]
    [InlineData("-24h")]
    [InlineData("24")]
    [InlineData("1.5h")]
    [InlineData("24m")]
    [InlineData("8761h")]
    [InlineData("99999999999h")]
    [InlineData("h")]
    public void AnInvalidPendingOverIsNoFilterAndLeavesTheUrl(string text)
    {
        var view = IdentityGridUrl.Parse($"?pendingOver={Uri.EscapeDataString(text)}&status=pending", Regions);

        Assert.Null(view.PendingOver);
        Assert.Equal("?status=pending", view.ToQueryString());
    }

    [Fact]
    public void TheChipSaysTheAgeInHoursAndDays()
    {
        Assert.Equal("Pending over 24 h", GridChips.PendingOverLabel(TimeSpan.FromHours(24)));
        Assert.Equal("Pending over 72 h (3 days)", GridChips.PendingOverLabel(TimeSpan.FromHours(72)));
    }

    [Fact]
    public void QueryOfGivesTheQueryAsWrittenWithoutItsFragment()
    {
        Assert.Equal("?q=a&page=2", IdentityGridUrl.QueryOf("http://x/regions/us-east-1/identities?q=a&page=2#top"));
        Assert.Equal(string.Empty, IdentityGridUrl.QueryOf("http://x/regions/us-east-1/identities?"));
        Assert.Equal(string.Empty, IdentityGridUrl.QueryOf("http://x/regions/us-east-1/identities"));
    }
}
