using SesConsole.Web.Components.Shared;

namespace SesConsole.Tests.Unit.Web;

[Trait("Category", "Unit")]
public sealed class InternationalNameTests
{
    [Theory]
    [InlineData("xn--bcher-kva.example", "bücher.example")]
    [InlineData("info@xn--bcher-kva.example", "info@bücher.example")]
    [InlineData("mail.xn--mnchen-3ya.de", "mail.münchen.de")]
    public void PunycodeDomainsAreShownInTheirOwnScript(string identity, string expected) =>
        Assert.Equal(expected, InternationalName.UnicodeFormOf(identity));

    [Theory]
    [InlineData("example.com")]
    [InlineData("Jane.Doe@example.com")]
    [InlineData("xn--.example")]
    public void NamesWithoutValidPunycodeHaveNoSecondForm(string identity) =>
        Assert.Null(InternationalName.UnicodeFormOf(identity));
}
