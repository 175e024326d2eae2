using SesConsole.Core.Identities;
using SesConsole.Core.Identities.Names;

namespace SesConsole.Tests.Unit.Core.Identities.Names;

[Trait("Category", "Unit")]
public class EmailIdentityNameTests
{
    public static TheoryData<string, string> Accepted => new()
    {
        { "jane@example.com", "jane@example.com" },
        { "Jane.Doe@Example.COM", "Jane.Doe@example.com" },
        { "JANE+ses@bücher.example", "JANE+ses@xn--bcher-kva.example" },
        { "jane@example.com.", "jane@example.com" },
        { $"{new string('j', 64)}@example.com", $"{new string('j', 64)}@example.com" },
        { "o'brien+tag!#$%&*/=?^_`{|}~-x@example.com", "o'brien+tag!#$%&*/=?^_`{|}~-x@example.com" },
    };

    public static TheoryData<string?, string> Refused => new()
    {
        { null, "The email address is empty." },
        { "", "The email address is empty." },
        { " ", "The email address is empty." },
        { "jane.example.com", "The email address has no '@'." },
        { "jane@doe@example.com", "The email address has more than one '@'." },
        { "jane doe@example.com", "The email address contains a space." },
        { "jane@exa mple.com", "The email address contains a space." },
        { "jane\u0001@example.com", "The email address contains a control character." },
        { "@example.com", "The email address has nothing before the '@'." },
        { $"{new string('j', 65)}@example.com", "The part before '@' is longer than 64 characters." },
        { ".jane@example.com", "The part before '@' cannot start or end with a dot." },
        { "jane.@example.com", "The part before '@' cannot start or end with a dot." },
        { "jane..doe@example.com", "The part before '@' has two dots in a row." },
        { "jane@", "The domain after '@' is empty." },
        { "jane@example..com", "The domain after '@' has an empty label (two dots in a row)." },
        { "jane@localhost", "The domain after '@' needs at least two labels, like example.com." },
        { "<jane>@example.com", "The part before '@' contains '<' '>', which SES does not accept in an address." },
        { "\"jane\"@example.com", "The part before '@' contains '\"', which SES does not accept in an address." },
        { "jane;x@example.com", "The part before '@' contains ';', which SES does not accept in an address." },
        { "jane,doe@example.com", "The part before '@' contains ',', which SES does not accept in an address." },
        { "jane(x)@example.com", "The part before '@' contains '(' ')', which SES does not accept in an address." },
        { "jane:x@example.com", "The part before '@' contains ':', which SES does not accept in an address." },
        { "jane[x]@example.com", "The part before '@' contains '[' ']', which SES does not accept in an address." },
        { "jane\\x@example.com", "The part before '@' contains '\\', which SES does not accept in an address." },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void AcceptsAddressKeepingLocalPartCase(string input, string expected)
    {
        Assert.True(EmailIdentityName.TryCreate(input, out var name, out var error), error);
        Assert.Equal(expected, name.Value);
        Assert.Equal(IdentityKind.EmailAddress, name.Kind);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void RefusesInvalidAddressWithOneSentence(string? input, string expected)
    {
        Assert.False(EmailIdentityName.TryCreate(input, out var name, out var error));
        Assert.Null(name);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void AddressesDifferingOnlyInLocalPartCaseAreDifferent()
    {
        Assert.True(EmailIdentityName.TryCreate("Jane@example.com", out var upper, out _));
        Assert.True(EmailIdentityName.TryCreate("jane@example.com", out var lower, out _));
        Assert.NotEqual(upper, lower);
    }
}
