using SesConsole.Core.Policies;

namespace SesConsole.Tests.Unit.Core.Policies;

[Trait("Category", "Unit")]
public class PrincipalInputTests
{
    [Theory]
    [InlineData("111122223333")]
    [InlineData(" 111122223333 ")]
    [InlineData("arn:aws:iam::111122223333:root")]
    [InlineData("arn:aws:iam::111122223333:user/ops/jane")]
    [InlineData("arn:aws:iam::111122223333:role/Mailer")]
    public void AcceptsAccountIdsAndIamArns(string value)
    {
        Assert.Null(PrincipalInput.Check(value, ["444455556666"]));
    }

    [Theory]
    [InlineData("11112222333", "is not a 12-digit AWS account id")]
    [InlineData("arn:aws:iam::111122223333:group/Mailers", "is not a 12-digit AWS account id")]
    [InlineData("*", "every AWS account")]
    [InlineData("  ", "Enter a 12-digit AWS account id")]
    [InlineData("444455556666", "already in this statement")]
    public void RefusesWithTheFix(string value, string expected)
    {
        var error = PrincipalInput.Check(value, ["444455556666"]);

        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
