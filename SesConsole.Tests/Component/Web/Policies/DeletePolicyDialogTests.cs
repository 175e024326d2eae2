using Bunit;
using SesConsole.Core.Identities;
using SesConsole.Tests.Component.Web.Policies.Support;
using SesConsole.Web.Components.Pages.Identities.Policies;

namespace SesConsole.Tests.Component.Web.Policies;

[Trait("Category", "Component")]
public class DeletePolicyDialogTests : PolicyTestContext
{
    public DeletePolicyDialogTests() => SignInAsAdmin();

    private Bunit.IRenderedComponent<MudBlazor.MudDialogProvider> Open(IdentityPolicy policy, out Task<bool> result)
    {
        var provider = Provider;
        result = provider.InvokeAsync(() => PolicyDialogs.DeleteAsync(Dialogs, Region, Domain, policy));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("button[data-testid=confirm-delete-policy]")), Patience);
        return provider;
    }

    [Fact]
    public void TheConfirmationNamesThePolicyAndThePrincipalsThatLoseAccess()
    {
        var provider = Open(new IdentityPolicy("AllowPartner", Document("111122223333", "arn:aws:iam::444455556666:role/Mailer")), out _);

        Assert.Equal("AllowPartner", provider.Find("[data-testid=delete-policy-name]").TextContent);
        Assert.Equal(
            ["AWS account 111122223333", "IAM role Mailer in account 444455556666 arn:aws:iam::444455556666:role/Mailer"],
            provider.FindAll("[data-testid=grantee]").Select(li => string.Join(" ", li.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public void ADocumentTheConsoleCannotReadIsSaidSo()
    {
        var provider = Open(new IdentityPolicy("Odd", "not json"), out _);

        Assert.Contains("cannot read who the policy allows", provider.Find("[data-testid=grantees-unknown]").TextContent, StringComparison.Ordinal);
        Assert.Empty(provider.FindAll("[data-testid=grantee]"));
    }

    [Fact]
    public async Task ConfirmingDeletesThePolicyAndCloses()
    {
        Fake.AddPolicy(Region, Domain, "AllowPartner", Document("111122223333"));
        var provider = Open(new IdentityPolicy("AllowPartner", Document("111122223333")), out var result);

        provider.Find("button[data-testid=confirm-delete-policy]").Click();

        Assert.True(await result.WaitAsync(Patience));
        Assert.Equal((Region, Domain, "AllowPartner"), Assert.Single(Fake.DeletePolicyCalls));
        Assert.Empty(Fake.Policies[$"{Region}/{Domain}"]);
    }

    [Fact]
    public void AFailureStaysInTheDialog()
    {
        Fake.DeletePolicyFailure = new Failure(FailureKind.AccessDenied, "The console's AWS role may not delete identity policies.");
        var provider = Open(new IdentityPolicy("AllowPartner", Document("111122223333")), out var result);

        provider.Find("button[data-testid=confirm-delete-policy]").Click();

        provider.WaitForAssertion(() => Assert.Contains(
            "may not delete identity policies", provider.Find("[data-testid=failure-alert]").TextContent, StringComparison.Ordinal), Patience);
        Assert.False(result.IsCompleted);
    }

    [Fact]
    public async Task CancelDeletesNothing()
    {
        var provider = Open(new IdentityPolicy("AllowPartner", Document("111122223333")), out var result);

        provider.Find("button[data-testid=cancel]").Click();

        Assert.False(await result.WaitAsync(Patience));
        Assert.Empty(Fake.DeletePolicyCalls);
    }
}
