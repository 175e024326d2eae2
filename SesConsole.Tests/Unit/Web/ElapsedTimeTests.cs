using SesConsole.Web.Components.Shared;

namespace SesConsole.Tests.Unit.Web;

[Trait("Category", "Unit")]
public sealed class ElapsedTimeTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "just now")]
    [InlineData(59, "just now")]
    [InlineData(60, "1 minute ago")]
    [InlineData(45 * 60, "45 minutes ago")]
    [InlineData(3600, "1 hour ago")]
    [InlineData(23 * 3600 + 59 * 60, "23 hours ago")]
    [InlineData(24 * 3600, "1 day ago")]
    [InlineData(3 * 24 * 3600 + 5, "3 days ago")]
    public void ElapsedTimeReadsInWholeUnits(int secondsAgo, string expected) =>
        Assert.Equal(expected, ElapsedTime.Since(Now.AddSeconds(-secondsAgo), Now));
}
