using SesConsole.Core.Identities;
using SesConsole.Core.Identities.Names;

namespace SesConsole.Tests.Unit.Core.Identities.Names;

[Trait("Category", "Unit")]
public class IdentityNameTests
{
    [Theory]
    [InlineData("jane@example.com", IdentityKind.EmailAddress)]
    [InlineData("example.com", IdentityKind.Domain)]
    public void KindIsDecidedByTheAtSign(string name, IdentityKind expected) =>
        Assert.Equal(expected, IdentityName.KindOf(name));

    [Fact]
    public void TryCreateMakesAnEmailNameForAnAddress()
    {
        Assert.True(IdentityName.TryCreate("Jane.Doe@Example.COM", out var name, out _));
        Assert.IsType<EmailIdentityName>(name);
        Assert.Equal("Jane.Doe@example.com", name.Value);
    }

    [Fact]
    public void TryCreateMakesADomainNameForADomain()
    {
        Assert.True(IdentityName.TryCreate("bücher.example.", out var name, out _));
        Assert.IsType<DomainIdentityName>(name);
        Assert.Equal("xn--bcher-kva.example", name.Value);
    }

    [Fact]
    public void TryCreateRefusesAnEmptyName()
    {
        Assert.False(IdentityName.TryCreate(" ", out _, out var error));
        Assert.Equal("The identity name is empty.", error);
    }

    [Fact]
    public void CheckGivesNormalisedNameOrError()
    {
        var good = IdentityName.CheckDomain("Example.COM.");
        var bad = IdentityName.CheckEmail("jane.example.com");

        Assert.True(good.IsValid);
        Assert.Equal("example.com", good.Normalized);
        Assert.False(bad.IsValid);
        Assert.Null(bad.Normalized);
        Assert.Equal("The email address has no '@'.", bad.Error);
    }
}
