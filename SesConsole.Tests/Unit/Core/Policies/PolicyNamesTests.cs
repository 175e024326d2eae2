using SesConsole.Core.Policies;

namespace SesConsole.Tests.Unit.Core.Policies;

[Trait("Category", "Unit")]
public class PolicyNamesTests
{
    [Fact]
    public void NameAlreadyUsedByTheIdentityIsRefused()
    {
        var check = PolicyNames.CheckNewPolicyName(["Marketing", "Billing"], "Billing");

        Assert.False(check.IsValid);
        Assert.Equal("This identity already has a policy named Billing; choose another name, or edit that policy to change it.", check.Error);
    }

    [Fact]
    public void NamesDifferingOnlyInCaseAreDifferentPolicies()
    {
        Assert.True(PolicyNames.CheckNewPolicyName(["Billing"], "billing").IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bad name")]
    public void MalformedNameGetsSesNameRule(string? name)
    {
        Assert.Equal(
            "The policy name must be 1 to 64 characters of letters, digits, hyphens and underscores.",
            PolicyNames.CheckNewPolicyName([], name).Error);
    }
}
