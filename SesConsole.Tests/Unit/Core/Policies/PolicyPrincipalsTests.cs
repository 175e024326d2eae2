using SesConsole.Core.Policies;

namespace SesConsole.Tests.Unit.Core.Policies;

[Trait("Category", "Unit")]
public class PolicyPrincipalsTests
{
    [Fact]
    public void AllowStatementsPrincipalsAreListedOnceInOrderWithDescriptions()
    {
        const string document = """
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":{"AWS":["111122223333","arn:aws:iam::444455556666:user/ops/Jane"]},"Action":"ses:SendEmail"},
              {"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::777788889999:role/blocked"},"Action":"ses:SendEmail"},
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root","Service":"cognito-idp.amazonaws.com"},"Action":"ses:SendEmail"},
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:role/mailer"},"Action":"ses:SendEmail"}]}
            """;

        var grantees = PolicyPrincipals.Describe(document);

        Assert.True(grantees.IsReadable);
        Assert.Equal(
            [
                new PolicyPrincipal(PolicyPrincipalKind.Account, "111122223333", "AWS account 111122223333"),
                new PolicyPrincipal(PolicyPrincipalKind.IamUser, "arn:aws:iam::444455556666:user/ops/Jane", "IAM user Jane in account 444455556666"),
                new PolicyPrincipal(PolicyPrincipalKind.Service, "cognito-idp.amazonaws.com", "AWS service cognito-idp.amazonaws.com"),
                new PolicyPrincipal(PolicyPrincipalKind.IamRole, "arn:aws:iam::444455556666:role/mailer", "IAM role mailer in account 444455556666"),
            ],
            grantees.Principals);
    }

    [Theory]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"ses:SendEmail"}}""")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"ses:SendEmail"}]}""")]
    public void WildcardPrincipalIsDescribedAsEveryone(string document)
    {
        var principal = Assert.Single(PolicyPrincipals.Describe(document).Principals);

        Assert.Equal(PolicyPrincipalKind.Everyone, principal.Kind);
        Assert.Equal("Everyone (any AWS account)", principal.Description);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ not json")]
    [InlineData("[1,2]")]
    public void UnreadableDocumentSaysSoInsteadOfClaimingNoOneHasAccess(string document)
    {
        var grantees = PolicyPrincipals.Describe(document);

        Assert.False(grantees.IsReadable);
        Assert.Empty(grantees.Principals);
    }
}
