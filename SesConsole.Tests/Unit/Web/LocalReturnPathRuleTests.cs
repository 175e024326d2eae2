using SesConsole.Web.Security;

namespace SesConsole.Tests.Unit.Web;

[Trait("Category", "Unit")]
public sealed class LocalReturnPathRuleTests
{
    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\\\evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("http:evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("evil.example/")]
    [InlineData("/%2F/evil.example/")]
    [InlineData("/%2f%2fevil.example/")]
    [InlineData("%2F%2Fevil.example/")]
    [InlineData("/%5Cevil.example/")]
    [InlineData("/%255C%255Cevil.example/")]
    [InlineData("/%252F%252Fevil.example/")]
    [InlineData("/\t/evil.example/")]
    [InlineData("/%09/evil.example/")]
    [InlineData("/%0d%0aLocation:%20https://evil.example/")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingThatCouldLeaveTheAppBecomesTheHomePage(string? returnPath)
    {
        Assert.Equal("/", LocalReturnPaths.Sanitize(returnPath));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/audit")]
    [InlineData("/identities/example.com?region=eu-west-1")]
    [InlineData("/identities/ops%40example.com")]
    [InlineData("/identities/b%C3%BCcher.example")]
    public void ALocalPathIsKeptByteForByte(string returnPath)
    {
        Assert.Equal(returnPath, LocalReturnPaths.Sanitize(returnPath));
    }
}
