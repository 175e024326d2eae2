using SesConsole.Web.Components.Pages.Identities;

namespace SesConsole.Tests.Unit.Web.Grid;

[Trait("Category", "Unit")]
public class GridTotalTests
{
    [Theory]
    [InlineData(0, true, "0 identities")]
    [InlineData(1, true, "1 identity")]
    [InlineData(2, true, "2 identities")]
    [InlineData(12345, true, "12,345 identities")]
    [InlineData(1000, false, "1,000+ identities")]
    public void TheTotalIsSaidWithItsNounInTheRightNumber(int count, bool exact, string expected) =>
        Assert.Equal(expected, IdentityGridQuery.CountLabel(IdentityGridQuery.FormatTotal(count, exact)));
}
