using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Core.Policies;
using SesConsole.Web.Components.Pages.Identities.Policies;

namespace SesConsole.Tests.Unit.Web.Policies;

[Trait("Category", "Unit")]
public class PolicyEditorStateTests
{
    private const string Region = "us-east-1";
    private const string Domain = "example.com";
    private const string Account = "123456789012";
    private const string Arn = "arn:aws:ses:us-east-1:123456789012:identity/example.com";
    private const string Partner = "111122223333";

    [Fact]
    public void ANewPolicyOpensOnTheGeneratorWithItsJsonAndNoErrorShownYet()
    {
        var state = NewPolicy();

        Assert.True(state.IsNew);
        Assert.Equal(PolicyEditorTab.Generator, state.Tab);
        Assert.Equal(state.GeneratedJson, state.Json);
        Assert.Equal(Arn, state.ArnOrPlaceholder);
        Assert.Null(state.NameError);
        Assert.Empty(state.Form.MessagesUnder("Statements"));
        Assert.False(state.Submitted);
        Assert.False(state.Saving);
    }

    [Fact]
    public void ANameShowsItsProblemOnceTypedIncludingANameTheIdentityAlreadyHas()
    {
        var state = NewPolicy(existingNames: ["taken"]);

        state.ChangeName("taken");
        Assert.NotNull(state.NameError);

        state.ChangeName("fresh_name");
        Assert.Null(state.NameError);
        Assert.Equal("fresh_name", state.Form.Draft.Name);
    }

    [Fact]
    public void AStoredPolicyTheGeneratorCanShowOpensOnTheGeneratorUnderItsOwnName()
    {
        var state = Editing(new IdentityPolicy("partners", Document(Partner)));

        Assert.False(state.IsNew);
        Assert.Equal(PolicyEditorTab.Generator, state.Tab);
        Assert.Equal("partners", state.Name);
        Assert.Equal([Partner], state.Form.Draft.Statements.Single().Principals);
        Assert.Null(state.JsonNotice);
        Assert.Null(state.NameError);
    }

    [Fact]
    public void AStoredPolicyTheGeneratorCannotShowOpensAsJsonWithANoticeSayingWhy()
    {
        var foreign = Document(Partner).Replace("identity/example.com", "identity/other.example", StringComparison.Ordinal);

        var state = Editing(new IdentityPolicy("foreign", foreign));

        Assert.Equal(PolicyEditorTab.Json, state.Tab);
        Assert.Equal(PolicyJson.Pretty(foreign), state.Json);
        Assert.StartsWith("This policy opens as JSON because", state.JsonNotice, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAConfiguredAccountTheStoredPolicysAccountIdIsTakenFromItsResource()
    {
        var state = Editing(new IdentityPolicy("partners", Document(Partner)), configuredAccount: null);

        Assert.Null(state.ConfiguredArn);
        Assert.Equal(Account, state.AccountId);
        Assert.Equal(Arn, state.Arn);
        Assert.Equal(PolicyEditorTab.Generator, state.Tab);
    }

    [Fact]
    public void WithoutAnyAccountIdTheArnShowsAPlaceholderAndSavingFromTheGeneratorAsksForOne()
    {
        var state = NewPolicy(configuredAccount: null);
        state.ChangeName("p1");
        state.Form.Draft.Statements[0].Principals.Add(Partner);
        state.DraftChanged();

        Assert.Equal("arn:aws:ses:us-east-1:<account-id>:identity/example.com", state.ArnOrPlaceholder);
        Assert.Null(state.AccountError);

        Assert.Null(state.BeginSave());
        Assert.NotNull(state.AccountError);

        state.ChangeAccountId($" {Account} ");
        Assert.Equal(Account, state.AccountId);
        Assert.Null(state.AccountError);
        Assert.Equal(Arn, state.ArnOrPlaceholder);
    }

    [Fact]
    public void AddingAndRemovingStatementsChangesTheDraftAndItsJson()
    {
        var state = NewPolicy();

        state.AddStatement();
        Assert.Equal(2, state.Form.Draft.Statements.Count);
        Assert.Equal(2, CountOf("\"Effect\"", state.GeneratedJson));

        state.RemoveStatement(0);
        Assert.Single(state.Form.Draft.Statements);
        Assert.Equal(1, CountOf("\"Effect\"", state.GeneratedJson));
    }

    [Fact]
    public void TheJsonTabShowsTheGeneratorsDocumentUntilTheJsonIsEdited()
    {
        var state = NewPolicy();
        state.Form.Draft.Statements[0].Principals.Add(Partner);
        state.DraftChanged();

        state.ChangeTab(PolicyEditorTab.Json);

        Assert.Equal(PolicyEditorTab.Json, state.Tab);
        Assert.Equal(state.GeneratedJson, state.Json);
        Assert.Contains(Partner, state.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void EditedJsonTheGeneratorCanShowGoesBackIntoTheGenerator()
    {
        var state = NewPolicy();
        state.ChangeTab(PolicyEditorTab.Json);
        state.ChangeJson(Document(Partner));

        state.ChangeTab(PolicyEditorTab.Generator);

        Assert.Equal(PolicyEditorTab.Generator, state.Tab);
        Assert.Equal([Partner], state.Form.Draft.Statements.Single().Principals);
        Assert.Null(state.GeneratorNotice);
    }

    [Fact]
    public void EditedJsonTheGeneratorCannotShowStaysInTheJsonTabWithANotice()
    {
        var state = NewPolicy();
        state.ChangeTab(PolicyEditorTab.Json);
        state.ChangeJson("{ not json");

        state.ChangeTab(PolicyEditorTab.Generator);

        Assert.StartsWith("The generator cannot show your JSON", state.GeneratorNotice, StringComparison.Ordinal);
        Assert.Equal("{ not json", state.Json);
        Assert.Empty(state.Form.Draft.Statements.Single().Principals);
    }

    [Fact]
    public void EditedJsonIsCheckedAsItIsTypedAndStartingAgainTakesTheGeneratorsDocument()
    {
        var state = NewPolicy();
        state.ChangeTab(PolicyEditorTab.Json);

        state.ChangeJson("{ not json");
        Assert.NotNull(state.JsonError);

        state.ResetJson();
        Assert.Equal(state.GeneratedJson, state.Json);
        Assert.Null(state.JsonNotice);
    }

    [Fact]
    public void SavingWithAProblemSendsNothingAndShowsEveryProblem()
    {
        var state = NewPolicy();

        var save = state.BeginSave();

        Assert.Null(save);
        Assert.True(state.Submitted);
        Assert.True(state.Form.Submitted);
        Assert.False(state.Saving);
        Assert.NotNull(state.NameError);
        Assert.True(state.HasBlockingProblems);
    }

    [Fact]
    public void SavingFromTheGeneratorSendsTheGeneratedDocumentUnderTheNewName()
    {
        var state = ReadyToSave();

        var save = state.BeginSave();

        Assert.Equal(new PolicySave(true, "p1", state.GeneratedJson), save);
        Assert.True(state.Saving);
    }

    [Fact]
    public void SavingFromTheJsonTabSendsTheHandWrittenDocument()
    {
        var state = ReadyToSave();
        state.ChangeTab(PolicyEditorTab.Json);
        var handWritten = Document(Partner, "444455556666");
        state.ChangeJson(handWritten);

        var save = state.BeginSave();

        Assert.Equal(new PolicySave(true, "p1", handWritten), save);
    }

    [Fact]
    public void SavingAStoredPolicyKeepsItsName()
    {
        var state = Editing(new IdentityPolicy("partners", Document(Partner)));

        var save = state.BeginSave();

        Assert.Equal("partners", save?.Name);
        Assert.False(save?.IsNew);
    }

    [Fact]
    public void ASecondSaveWhileOneIsUnderWaySendsNothing()
    {
        var state = ReadyToSave();
        Assert.NotNull(state.BeginSave());

        Assert.Null(state.BeginSave());

        state.EndSave(null);
        Assert.False(state.Saving);
        Assert.NotNull(state.BeginSave());
    }

    [Fact]
    public void ARefusedNameIsShownAtTheNameUntilTheNameChanges()
    {
        var state = ReadyToSave();
        state.BeginSave();

        state.EndSave(new Failure(FailureKind.InvalidInput, "That name is taken.", Field: "policyName"));

        Assert.False(state.Saving);
        Assert.Equal("That name is taken.", state.NameError);
        Assert.Null(state.Failure);
        state.ChangeName("p2");
        Assert.Null(state.NameError);
    }

    [Fact]
    public void ARefusedDocumentIsShownAtTheDocumentUntilTheDraftChanges()
    {
        var state = ReadyToSave();
        state.BeginSave();

        state.EndSave(new Failure(FailureKind.InvalidInput, "Too big.", Field: "policyDocument"));

        Assert.Equal("Too big.", state.ServerDocumentError);
        Assert.Null(state.Failure);
        state.DraftChanged();
        Assert.Null(state.ServerDocumentError);
    }

    [Fact]
    public void ARefusedDocumentIsTheJsonTabsErrorWhileThatTabIsOpen()
    {
        var state = ReadyToSave();
        state.ChangeTab(PolicyEditorTab.Json);
        state.BeginSave();

        state.EndSave(new Failure(FailureKind.InvalidInput, "Too big.", Field: "policyDocument"));

        Assert.Equal("Too big.", state.JsonError);
    }

    [Fact]
    public void AnyOtherFailureIsShownOnItsOwnAndClearedByTheNextChange()
    {
        var state = ReadyToSave();
        state.BeginSave();

        state.EndSave(new Failure(FailureKind.RejectedBySes, "Invalid policy.", SesErrorCode: "InvalidPolicy"));

        Assert.Equal("Invalid policy.", state.Failure?.Message);
        Assert.Null(state.NameError);
        Assert.Null(state.ServerDocumentError);
        state.ChangeTab(PolicyEditorTab.Json);
        Assert.Null(state.Failure);
    }

    private static PolicyEditorState NewPolicy(IReadOnlyList<string>? existingNames = null, string? configuredAccount = Account) =>
        new(Rules(configuredAccount), Region, Domain, existingNames ?? [], null);

    private static PolicyEditorState Editing(IdentityPolicy policy, string? configuredAccount = Account) =>
        new(Rules(configuredAccount), Region, Domain, [policy.Name], policy);

    private static PolicyEditorState ReadyToSave()
    {
        var state = NewPolicy();
        state.ChangeName("p1");
        state.Form.Draft.Statements[0].Principals.Add(Partner);
        state.DraftChanged();
        return state;
    }

    private static ConfiguredPolicyRules Rules(string? account) =>
        new(Microsoft.Extensions.Options.Options.Create(new SesOptions { Regions = [Region], AccountId = account }));

    private static string Document(params string[] principals)
    {
        var draft = new SendingPolicyDraft { Name = "p" };
        draft.AddStatement().Principals.AddRange(principals);
        return SendingPolicyGenerator.ToJson(draft, Arn);
    }

    private static int CountOf(string needle, string text) =>
        (text.Length - text.Replace(needle, string.Empty, StringComparison.Ordinal).Length) / needle.Length;
}
