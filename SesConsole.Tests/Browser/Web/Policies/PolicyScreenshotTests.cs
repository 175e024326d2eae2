using Microsoft.Playwright;
using SesConsole.Core.Policies;
using SesConsole.Tests.Browser.Web.Screenshots;
using SesConsole.Tests.Support.Browser;

using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Policies;

/// <summary>
/// The policies section and dialogs in headless Chromium, light and dark, on the real app signed in as an Admin
/// through the local provider; pictures go to artifacts/screenshots.
/// </summary>
[Trait("Category", "Browser")]
public sealed class PolicyScreenshotTests : BrowserTest<ScreenshotAppFactory>
{
    private const string Domain = "acme-shop.com";
    private const string Arn = "arn:aws:ses:us-east-1:123456789012:identity/acme-shop.com";

    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings)
    {
        var app = new ScreenshotAppFactory(signInSettings);
        ScreenshotData.Fill(app.Fake);
        app.Fake.AddPolicy("us-east-1", Domain, "AllowMarketingPlatform", MarketingPolicy());
        app.Fake.AddPolicy("us-east-1", Domain, "AllowBillingService", BillingPolicy());
        return app;
    }

    private static string MarketingPolicy()
    {
        var draft = new SendingPolicyDraft();
        var statement = draft.AddStatement();
        statement.Principals.AddRange(["111122223333", "arn:aws:iam::444455556666:role/CampaignSender"]);
        var from = statement.AddCondition();
        from.Operator = PolicyConditionOperators.StringLike;
        from.Values = ["marketing+*@acme-shop.com"];
        return SendingPolicyGenerator.ToJson(draft, Arn);
    }

    private static string BillingPolicy()
    {
        var draft = new SendingPolicyDraft();
        var statement = draft.AddStatement();
        statement.Principals.Add("arn:aws:iam::777788889999:role/InvoiceMailer");
        statement.Actions = [SendingAction.SendRawEmail];
        return SendingPolicyGenerator.ToJson(draft, Arn);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CapturesThePoliciesSectionAndDialogs(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var context = await Harness.NewContextAsync(height: 900);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");

        // The section with the first policy open.
        await OpenAsync(page, $"/identities/{Domain}", dark);
        var section = page.Locator("[data-testid=policies-section]");
        await Assertions.Expect(section.Locator("[data-testid=policy]")).ToHaveCountAsync(2);
        await section.Locator(".mud-expand-panel-header").First.ClickAsync();
        await Assertions.Expect(section.Locator("[data-testid=policy-json]").First).ToContainTextAsync("marketing+*@acme-shop.com");
        await section.ScrollIntoViewIfNeededAsync();
        await SaveAsync(page, $"policies-section-{theme}", section);

        // New policy, generator, with a bad name and a bad principal.
        await section.Locator("button[data-testid=new-policy]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.Locator("input[data-testid=policy-name]").FillAsync("Allow partner");
        var principal = dialog.Locator("input[data-testid=principal-input]");
        await principal.FillAsync("111122223333");
        await principal.PressAsync("Enter");
        await Assertions.Expect(dialog.Locator("[data-testid=principal-chip]")).ToHaveCountAsync(1);
        await Assertions.Expect(principal).ToHaveValueAsync(string.Empty);
        await principal.FillAsync("arn:aws:iam::4444:user/jane");
        await principal.PressAsync("Enter");
        await dialog.Locator("button[data-testid=add-condition]").ClickAsync();
        await dialog.Locator("input[data-testid=condition-values]").FillAsync("alerts@acme-shop.com");
        await Assertions.Expect(dialog.Locator("[data-testid=json-preview]")).ToContainTextAsync("alerts@acme-shop.com");
        await Assertions.Expect(dialog).ToContainTextAsync("letters, digits, hyphens and underscores");
        await Assertions.Expect(dialog).ToContainTextAsync("'arn:aws:iam::4444:user/jane' is not a 12-digit AWS account id");
        await SaveAsync(page, $"policy-generator-invalid-{theme}");

        // The JSON tab with a document the console refuses.
        await dialog.Locator(".mud-tab", new() { HasText = "JSON" }).ClickAsync();
        var editor = dialog.Locator("textarea[data-testid=json-editor]");
        await Assertions.Expect(editor).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("alerts@acme-shop.com"));
        var json = await editor.InputValueAsync();
        await editor.FillAsync(json.Replace("\"111122223333\"", "\"*\"", StringComparison.Ordinal));
        await Assertions.Expect(dialog).ToContainTextAsync("grants \"*\" (every AWS account)");
        await SaveAsync(page, $"policy-json-invalid-{theme}");
        await dialog.Locator("button[data-testid=cancel]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        // Edit of an existing policy opens in the generator.
        await section.Locator("button[data-testid=edit-policy]").First.ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-testid=principal-chip]")).ToHaveCountAsync(2);
        await SaveAsync(page, $"policy-edit-{theme}");
        await dialog.Locator("button[data-testid=cancel]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        // Delete confirmation.
        await section.Locator("button[data-testid=delete-policy]").First.ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-testid=grantee]")).ToHaveCountAsync(2);
        await SaveAsync(page, $"policy-delete-{theme}");
        await dialog.Locator("button[data-testid=cancel]").ClickAsync();
    }
}
