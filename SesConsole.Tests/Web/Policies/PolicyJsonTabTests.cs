using Bunit;
using SesConsole.Core.Identities;
using SesConsole.Tests.Web.Policies.Support;

namespace SesConsole.Tests.Web.Policies;

/// <summary>The JSON tab: starts from the generated document, checks live, saves what was typed, and Edit's tab choice.</summary>
public class PolicyJsonTabTests : PolicyTestContext
{
    private const string ServicePolicy = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Sid": "AllowCognito",
              "Effect": "Allow",
              "Resource": "arn:aws:ses:us-east-1:123456789012:identity/example.com",
              "Principal": { "Service": "cognito-idp.amazonaws.com" },
              "Action": ["ses:SendEmail", "ses:SendRawEmail"]
            }
          ]
        }
        """;

    public PolicyJsonTabTests() => SignInAsAdmin();

    private static string Editor(IRenderedComponent<MudBlazor.MudDialogProvider> provider) =>
        provider.Find("textarea[data-testid=json-editor]").GetAttribute("value") ?? provider.Find("textarea[data-testid=json-editor]").TextContent;

    private static string EditorHelper(IRenderedComponent<MudBlazor.MudDialogProvider> provider) =>
        provider.Find("textarea[data-testid=json-editor]").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text")?.TextContent ?? string.Empty;

    [Fact]
    public void TheJsonTabStartsFromTheGeneratedDocument()
    {
        var provider = OpenEditor(null, out _);
        AddPrincipal(provider, "111122223333");
        provider.WaitForAssertion(() => Assert.Single(provider.FindAll("[data-testid=principal-chip]")), Patience);
        var generated = provider.Find("[data-testid=json-preview]").TextContent;

        ClickTab(provider, "JSON");

        provider.WaitForAssertion(() => Assert.Equal(generated, Editor(provider)), Patience);
        Assert.NotNull(provider.Find("[data-testid=json-ok]"));
    }

    [Theory]
    [InlineData("{ \"Version\": ", "is not valid JSON (line")]
    [InlineData("{ \"Version\": \"2008-10-17\", \"Statement\": [] }", "\"Version\" must be \"2012-10-17\"")]
    [InlineData("""{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Resource": "arn:aws:ses:us-east-1:123456789012:identity/other.com", "Principal": { "AWS": "111122223333" }, "Action": "ses:SendEmail" } ] }""", "Statement 1's \"Resource\" is not this identity's ARN; set it to \"arn:aws:ses:us-east-1:123456789012:identity/example.com\"")]
    [InlineData("""{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Resource": "arn:aws:ses:us-east-1:123456789012:identity/example.com", "Principal": "*", "Action": "ses:SendEmail" } ] }""", "grants \"*\"")]
    public void TheJsonTabChecksLiveAndSaysTheFix(string document, string expected)
    {
        var provider = OpenEditor(null, out _);
        ClickTab(provider, "JSON");
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("textarea[data-testid=json-editor]")), Patience);

        provider.Find("textarea[data-testid=json-editor]").Input(document);

        provider.WaitForAssertion(() => Assert.Contains(expected, EditorHelper(provider), StringComparison.Ordinal), Patience);
        Assert.Empty(provider.FindAll("[data-testid=json-ok]"));
    }

    [Fact]
    public async Task SavingFromTheJsonTabSendsTheTypedDocument()
    {
        var provider = OpenEditor(null, out var result);
        provider.Find("input[data-testid=policy-name]").Input("AllowCognito");
        ClickTab(provider, "JSON");
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("textarea[data-testid=json-editor]")), Patience);
        provider.Find("textarea[data-testid=json-editor]").Input(ServicePolicy);
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=json-ok]")), Patience);

        SaveButton(provider).Click();

        Assert.Equal("AllowCognito", await result.WaitAsync(Patience));
        Assert.Equal(ServicePolicy, Assert.Single(Fake.CreatePolicyCalls).Document);
    }

    [Fact]
    public void JsonThatFitsTheGeneratorIsTakenBackIntoIt()
    {
        var provider = OpenEditor(null, out _);
        ClickTab(provider, "JSON");
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("textarea[data-testid=json-editor]")), Patience);
        provider.Find("textarea[data-testid=json-editor]").Input(Document("111122223333", "arn:aws:iam::444455556666:user/jane"));

        ClickTab(provider, "Generator");

        provider.WaitForAssertion(() => Assert.Equal(
            ["111122223333", "arn:aws:iam::444455556666:user/jane"],
            provider.FindAll("[data-testid=principal-chip]").Select(c => c.TextContent.Trim())), Patience);
        Assert.Empty(provider.FindAll("[data-testid=generator-notice]"));
    }

    [Fact]
    public void JsonThatDoesNotFitTheGeneratorIsKeptWithANotice()
    {
        var provider = OpenEditor(null, out _);
        ClickTab(provider, "JSON");
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("textarea[data-testid=json-editor]")), Patience);
        provider.Find("textarea[data-testid=json-editor]").Input(ServicePolicy);

        ClickTab(provider, "Generator");
        provider.WaitForAssertion(() => Assert.Contains(
            "names \"Service\" principals", provider.Find("[data-testid=generator-notice]").TextContent, StringComparison.Ordinal), Patience);
        ClickTab(provider, "JSON");

        provider.WaitForAssertion(() => Assert.Equal(ServicePolicy, Editor(provider)), Patience);
    }

    [Fact]
    public void EditOpensTheGeneratorWhenTheDocumentFits()
    {
        var document = Document("111122223333", "arn:aws:iam::444455556666:role/Mailer");
        Fake.AddPolicy(Region, Domain, "AllowPartner", document);

        var provider = OpenEditor(new IdentityPolicy("AllowPartner", document), out _);

        Assert.Equal(
            ["111122223333", "arn:aws:iam::444455556666:role/Mailer"],
            provider.FindAll("[data-testid=principal-chip]").Select(c => c.TextContent.Trim()));
        Assert.Equal(document, provider.Find("[data-testid=json-preview]").TextContent);
        Assert.True(provider.Find("input[data-testid=policy-name]").HasAttribute("readonly"));
        Assert.Equal("AllowPartner", provider.Find("input[data-testid=policy-name]").GetAttribute("value"));
    }

    [Fact]
    public void EditOpensTheJsonTabWithTheReasonWhenTheGeneratorCannotShowIt()
    {
        Fake.AddPolicy(Region, Domain, "AllowCognito", ServicePolicy);

        var provider = OpenEditor(new IdentityPolicy("AllowCognito", ServicePolicy), out _);

        Assert.Contains("names \"Service\" principals, which the generator does not edit",
            provider.Find("[data-testid=json-notice]").TextContent, StringComparison.Ordinal);
        Assert.Contains("\"cognito-idp.amazonaws.com\"", Editor(provider), StringComparison.Ordinal);
        Assert.Empty(provider.FindAll("[data-testid=json-preview]"));
    }

    [Fact]
    public async Task EditSavesThroughPutPolicyUnderTheSameName()
    {
        var document = Document("111122223333");
        Fake.AddPolicy(Region, Domain, "AllowPartner", document);
        var provider = OpenEditor(new IdentityPolicy("AllowPartner", document), out var result);
        AddPrincipal(provider, "444455556666");
        provider.WaitForAssertion(() => Assert.Equal(2, provider.FindAll("[data-testid=principal-chip]").Count), Patience);

        SaveButton(provider).Click();

        Assert.Equal("AllowPartner", await result.WaitAsync(Patience));
        Assert.Empty(Fake.CreatePolicyCalls);
        var put = Assert.Single(Fake.PutPolicyCalls);
        Assert.Equal("AllowPartner", put.Name);
        Assert.Contains("444455556666", put.Document, StringComparison.Ordinal);
    }
}
