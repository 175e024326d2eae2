using Bunit;
using SesConsole.Tests.Web.Policies.Support;

namespace SesConsole.Tests.Web.Policies;

/// <summary>Each generator input changes the previewed JSON as expected.</summary>
public class PolicyGeneratorTests : PolicyTestContext
{
    public PolicyGeneratorTests() => SignInAsAdmin();

    [Fact]
    public void ANewPolicyStartsWithOneAllowStatementOnThisIdentity()
    {
        var provider = OpenEditor(null, out _);

        var preview = Preview(provider);
        Assert.Equal("2012-10-17", preview["Version"]!.GetValue<string>());
        var statement = Assert.Single(preview["Statement"]!.AsArray())!;
        Assert.Equal("Allow", statement["Effect"]!.GetValue<string>());
        Assert.Equal(Arn, statement["Resource"]!.GetValue<string>());
        Assert.Equal(["ses:SendEmail", "ses:SendRawEmail"], Strings(statement["Action"]));
        Assert.Empty(Strings(statement["Principal"]!["AWS"]));
        Assert.Equal(Arn, provider.Find("[data-testid=identity-arn]").TextContent);
    }

    [Fact]
    public void ChoosingDenyMakesTheStatementDeny()
    {
        var provider = OpenEditor(null, out _);

        provider.FindAll("[data-testid=effect] button").Single(b => b.TextContent.Trim() == "Deny").Click();

        provider.WaitForAssertion(() => Assert.Equal("Deny", Statement(provider)["Effect"]!.GetValue<string>()), Patience);
        Assert.Equal("DenySend1", Statement(provider)["Sid"]!.GetValue<string>());
    }

    [Fact]
    public void APrincipalAddedWithEnterBecomesAChipAndJoinsTheStatement()
    {
        var provider = OpenEditor(null, out _);

        AddPrincipal(provider, "111122223333");

        provider.WaitForAssertion(() => Assert.Equal(["111122223333"], Strings(Statement(provider)["Principal"]!["AWS"])), Patience);
        Assert.Equal("111122223333", provider.Find("[data-testid=principal-chip]").TextContent.Trim());
        Assert.Equal(string.Empty, provider.Find("input[data-testid=principal-input]").GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public void PrincipalsTypedWithCommasAreAddedOneByOne()
    {
        var provider = OpenEditor(null, out _);

        provider.Find("input[data-testid=principal-input]").Input("111122223333, arn:aws:iam::444455556666:role/Mailer,");

        provider.WaitForAssertion(() => Assert.Equal(
            ["111122223333", "arn:aws:iam::444455556666:role/Mailer"], Strings(Statement(provider)["Principal"]!["AWS"])), Patience);
        Assert.Equal(2, provider.FindAll("[data-testid=principal-chip]").Count);
    }

    [Fact]
    public void RemovingAPrincipalChipRemovesItFromTheJson()
    {
        var provider = OpenEditor(null, out _);
        AddPrincipal(provider, "111122223333");
        AddPrincipal(provider, "444455556666");
        provider.WaitForAssertion(() => Assert.Equal(2, provider.FindAll("[data-testid=principal-chip]").Count), Patience);

        provider.FindAll("[data-testid=principal-chip]")[0].QuerySelector(".mud-chip-close-button")!.Click();

        provider.WaitForAssertion(() => Assert.Equal(["444455556666"], Strings(Statement(provider)["Principal"]!["AWS"])), Patience);
    }

    [Fact]
    public void AnInvalidPrincipalIsRefusedWithTheFixBesideTheInput()
    {
        var provider = OpenEditor(null, out _);

        AddPrincipal(provider, "12345");

        provider.WaitForAssertion(() => Assert.Contains(
            "'12345' is not a 12-digit AWS account id or an IAM ARN",
            provider.Find("[data-testid=principals] .mud-input-error").TextContent, StringComparison.Ordinal), Patience);
        Assert.Empty(provider.FindAll("[data-testid=principal-chip]"));
        Assert.Empty(Strings(Statement(provider)["Principal"]!["AWS"]));
    }

    [Fact]
    public void TogglingActionsChangesTheActionList()
    {
        var provider = OpenEditor(null, out _);

        provider.Find("input[data-testid=action-SendTemplatedEmail]").Change(true);
        provider.Find("input[data-testid=action-SendRawEmail]").Change(false);

        provider.WaitForAssertion(() => Assert.Equal(
            ["ses:SendEmail", "ses:SendTemplatedEmail"], Strings(Statement(provider)["Action"])), Patience);
    }

    [Fact]
    public void AConditionIsWrittenUnderItsOperatorAndKey()
    {
        var provider = OpenEditor(null, out _);
        Assert.Null(Statement(provider)["Condition"]);

        provider.Find("button[data-testid=add-condition]").Click();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("input[data-testid=condition-values]")), Patience);
        provider.Find("input[data-testid=condition-values]").Input("marketing@example.com, news@example.com");

        provider.WaitForAssertion(() => Assert.Equal(
            ["marketing@example.com", "news@example.com"],
            Strings(Statement(provider)["Condition"]?["StringEquals"]?["ses:FromAddress"])), Patience);
    }

    [Fact]
    public void ASecondStatementIsAppendedWithItsOwnSid()
    {
        var provider = OpenEditor(null, out _);

        provider.Find("button[data-testid=add-statement]").Click();
        provider.WaitForAssertion(() => Assert.Equal(2, provider.FindAll("[data-testid=statement]").Count), Patience);
        AddPrincipal(provider, "444455556666", statement: 1);

        provider.WaitForAssertion(() => Assert.Equal(2, Preview(provider)["Statement"]!.AsArray().Count), Patience);
        Assert.Equal("AllowSend2", Statement(provider, 1)["Sid"]!.GetValue<string>());
        Assert.Equal(["444455556666"], Strings(Statement(provider, 1)["Principal"]!["AWS"]));
        Assert.Empty(Strings(Statement(provider, 0)["Principal"]!["AWS"]));
    }

    [Fact]
    public void RemovingAStatementRemovesItFromTheJson()
    {
        var provider = OpenEditor(null, out _);
        Assert.Empty(provider.FindAll("button[data-testid=remove-statement]"));
        provider.Find("button[data-testid=add-statement]").Click();
        provider.WaitForAssertion(() => Assert.Equal(2, provider.FindAll("button[data-testid=remove-statement]").Count), Patience);

        provider.FindAll("button[data-testid=remove-statement]")[0].Click();

        provider.WaitForAssertion(() => Assert.Single(Preview(provider)["Statement"]!.AsArray()), Patience);
    }

    [Fact]
    public void WithoutAConfiguredAccountTheDialogAsksForIt()
    {
        SesOptions.AccountId = null;
        var provider = OpenEditor(null, out _);
        Assert.Contains(":<account-id>:", Statement(provider)["Resource"]!.GetValue<string>(), StringComparison.Ordinal);

        provider.Find("input[data-testid=account-id]").Input("444455556666");

        provider.WaitForAssertion(() => Assert.Equal(
            "arn:aws:ses:us-east-1:444455556666:identity/example.com", Statement(provider)["Resource"]!.GetValue<string>()), Patience);
    }
}
