using Bunit;
using SesConsole.Core.Identities;
using SesConsole.Tests.Component.Web.Policies.Support;

namespace SesConsole.Tests.Component.Web.Policies;

/// <summary>Validation messages at their fields, saving, and SES's refusal.</summary>
[Trait("Category", "Component")]
public class PolicyEditorSaveTests : PolicyTestContext
{
    public PolicyEditorSaveTests() => SignInAsAdmin();

    private static string HelperOrError(Bunit.IRenderedComponent<MudBlazor.MudDialogProvider> provider, string testId) =>
        provider.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text")?.TextContent ?? string.Empty;

    [Fact]
    public void AFreshFormShowsNoErrors()
    {
        var provider = OpenEditor(null, out _);

        Assert.Empty(provider.FindAll(".mud-input-error"));
        Assert.Empty(provider.FindAll("[data-testid=save-hint]"));
    }

    [Fact]
    public void SavingAnIncompletePolicyMarksEachFieldAndSendsNothing()
    {
        var provider = OpenEditor(null, out var result);

        SaveButton(provider).Click();

        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=save-hint]")), Patience);
        Assert.Contains("The policy name must be 1 to 64 characters", HelperOrError(provider, "policy-name"), StringComparison.Ordinal);
        Assert.Contains("Statement 1 has no principals", HelperOrError(provider, "principal-input"), StringComparison.Ordinal);
        Assert.Empty(Fake.CreatePolicyCalls);
        Assert.False(result.IsCompleted);
    }

    [Fact]
    public void ANameWithSpacesIsRefusedAtTheNameField()
    {
        var provider = OpenEditor(null, out _);

        provider.Find("input[data-testid=policy-name]").Input("Allow partner");

        provider.WaitForAssertion(() => Assert.Contains(
            "letters, digits, hyphens and underscores", HelperOrError(provider, "policy-name"), StringComparison.Ordinal), Patience);
        Assert.True(provider.Find("input[data-testid=policy-name]").Closest(".mud-input-control")!.ClassList.Contains("mud-input-error"));
    }

    [Fact]
    public void ATakenNameIsRefusedAtTheNameField()
    {
        Fake.AddPolicy(Region, Domain, "AllowPartner", Document("111122223333"));
        var provider = OpenEditor(null, out _);

        provider.Find("input[data-testid=policy-name]").Input("AllowPartner");

        provider.WaitForAssertion(() => Assert.Contains(
            "already has a policy named AllowPartner", HelperOrError(provider, "policy-name"), StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void ClearingEveryActionShowsTheFixBelowTheActions()
    {
        var provider = OpenEditor(null, out _);

        provider.Find("input[data-testid=action-SendEmail]").Change(false);
        provider.Find("input[data-testid=action-SendRawEmail]").Change(false);

        provider.WaitForAssertion(() => Assert.Contains(
            "Statement 1 has no actions; choose at least one of ses:SendEmail",
            provider.Find("[data-testid=actions-error]").TextContent, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void AConditionValueThatDoesNotFitItsKeyIsNamedAtTheValues()
    {
        var provider = OpenEditor(null, out _);
        provider.Find("button[data-testid=add-condition]").Click();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("input[data-testid=condition-key]")), Patience);
        provider.Find("input[data-testid=condition-key]").Input("aws:SourceAccount");
        provider.Find("input[data-testid=condition-key]").Blur();
        provider.WaitForAssertion(() => Assert.NotNull(Statement(provider)["Condition"]?["StringEquals"]?["aws:SourceAccount"]), Patience);

        provider.Find("input[data-testid=condition-values]").Input("444455556666, 1234");

        provider.WaitForAssertion(() => Assert.Contains(
            "Statement 1, condition 1, value 2: '1234' is not a 12-digit AWS account id.", HelperOrError(provider, "condition-values"),
            StringComparison.Ordinal), Patience);
    }

    [Fact]
    public async Task SavingAValidDraftCreatesThePreviewedDocumentAndCloses()
    {
        var provider = OpenEditor(null, out var result);
        provider.Find("input[data-testid=policy-name]").Input("AllowPartner");
        AddPrincipal(provider, "111122223333");
        provider.WaitForAssertion(() => Assert.Single(provider.FindAll("[data-testid=principal-chip]")), Patience);
        var previewed = provider.Find("[data-testid=json-preview]").TextContent;

        SaveButton(provider).Click();

        Assert.Equal("AllowPartner", await result.WaitAsync(Patience));
        var call = Assert.Single(Fake.CreatePolicyCalls);
        Assert.Equal((Region, Domain, "AllowPartner", previewed), call);
        Assert.Equal(previewed, Assert.Single(Fake.Policies[$"{Region}/{Domain}"]).Document);
    }

    [Fact]
    public async Task SavingShowsProgressAndCannotBeSubmittedTwice()
    {
        Fake.PutPolicyGate = new TaskCompletionSource();
        var provider = OpenEditor(null, out var result);
        provider.Find("input[data-testid=policy-name]").Input("AllowPartner");
        AddPrincipal(provider, "111122223333");
        provider.WaitForAssertion(() => Assert.Single(provider.FindAll("[data-testid=principal-chip]")), Patience);

        SaveButton(provider).Click();

        provider.WaitForAssertion(() => Assert.Contains("Saving", SaveButton(provider).TextContent, StringComparison.Ordinal), Patience);
        Assert.True(SaveButton(provider).HasAttribute("disabled"));
        // Cancel stays enabled while saving: it cancels the call in flight (DialogCancelTests).
        Assert.False(provider.Find("button[data-testid=cancel]").HasAttribute("disabled"));
        Fake.PutPolicyGate.SetResult();
        Assert.Equal("AllowPartner", await result.WaitAsync(Patience));
        Assert.Single(Fake.PutPolicyCalls);
    }

    [Fact]
    public void SesRefusalIsShownAsSesWroteIt()
    {
        const string sesMessage = "Policy has invalid resource: arn:aws:ses:us-east-1:123456789012:identity/example.com";
        Fake.PutPolicyFailure = new Failure(FailureKind.RejectedBySes, sesMessage, "InvalidPolicy", "7c1d2e3f-0000-4a5b-9c8d-1e2f3a4b5c6d");
        var provider = OpenEditor(null, out var result);
        provider.Find("input[data-testid=policy-name]").Input("AllowPartner");
        AddPrincipal(provider, "111122223333");
        provider.WaitForAssertion(() => Assert.Single(provider.FindAll("[data-testid=principal-chip]")), Patience);

        SaveButton(provider).Click();

        provider.WaitForAssertion(() => Assert.Contains(sesMessage, provider.Find("[data-testid=failure-alert]").TextContent, StringComparison.Ordinal), Patience);
        Assert.Contains("SES refused the policy", provider.Find("[data-testid=failure-alert]").TextContent, StringComparison.Ordinal);
        Assert.Contains("7c1d2e3f-0000-4a5b-9c8d-1e2f3a4b5c6d", provider.Find("[data-testid=failure-alert]").TextContent, StringComparison.Ordinal);
        Assert.False(result.IsCompleted);
        Assert.False(SaveButton(provider).HasAttribute("disabled"));
    }

    [Fact]
    public void ANameTakenMeanwhileIsShownAtTheNameField()
    {
        var provider = OpenEditor(null, out var result);
        Fake.AddPolicy(Region, Domain, "AllowPartner", Document("444455556666"));
        provider.Find("input[data-testid=policy-name]").Input("AllowPartner");
        AddPrincipal(provider, "111122223333");
        provider.WaitForAssertion(() => Assert.Single(provider.FindAll("[data-testid=principal-chip]")), Patience);

        SaveButton(provider).Click();

        provider.WaitForAssertion(() => Assert.Contains(
            "already has a policy named AllowPartner", HelperOrError(provider, "policy-name"), StringComparison.Ordinal), Patience);
        Assert.False(result.IsCompleted);
        Assert.Empty(Fake.PutPolicyCalls);
    }
}
