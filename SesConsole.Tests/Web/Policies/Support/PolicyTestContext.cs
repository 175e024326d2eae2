using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Policies;
using SesConsole.Tests.Web.Support;
using SesConsole.Web.Components.Pages.Identities.Policies;
using SesConsole.Web.Security;

namespace SesConsole.Tests.Web.Policies.Support;

/// <summary>The web test context with Core's policy rules (account 123456789012 unless a test unsets it), a signed-in operator and a verified domain.</summary>
public abstract class PolicyTestContext : WebTestContext
{
    protected const string Region = "us-east-1";
    protected const string Domain = "example.com";
    protected const string Arn = "arn:aws:ses:us-east-1:123456789012:identity/example.com";
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    protected PolicyTestContext()
    {
        SesOptions.AccountId = "123456789012";
        Services.AddSingleton<IPolicyRules>(new ConfiguredPolicyRules(Microsoft.Extensions.Options.Options.Create(SesOptions)));
    }

    /// <summary>The popover, snackbar and dialog providers, rendered once on first use.</summary>
    protected IRenderedComponent<MudDialogProvider> Provider => _provider ??= RenderProviders();

    private IRenderedComponent<MudDialogProvider>? _provider;

    /// <summary>The base context signs in as an Admin already; policy tests say so where it matters.</summary>
    protected void SignInAsAdmin()
    {
        Authorization.SetAuthorized("dev.admin@sesconsole.local");
        Authorization.SetRoles(AppRoles.Admin);
    }

    /// <summary>A document as the generator writes it: one Allow statement for the given principals.</summary>
    protected static string Document(params string[] principals)
    {
        var draft = new SendingPolicyDraft { Name = "p" };
        var statement = draft.AddStatement();
        statement.Principals.AddRange(principals);
        return SendingPolicyGenerator.ToJson(draft, Arn);
    }

    /// <summary>Opens the editor the way the section does and waits for it.</summary>
    protected IRenderedComponent<MudDialogProvider> OpenEditor(IdentityPolicy? policy, out Task<string?> result)
    {
        var provider = Provider;
        var existing = Fake.Policies.GetValueOrDefault($"{Region}/{Domain}")?.ToList() ?? [];
        result = provider.InvokeAsync(() => PolicyDialogs.EditAsync(Dialogs, Region, Domain, existing, policy));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=save-policy]")), Patience);
        return provider;
    }

    /// <summary>The generator's live preview, parsed.</summary>
    protected static JsonNode Preview(IRenderedComponent<MudDialogProvider> provider) =>
        JsonNode.Parse(provider.Find("[data-testid=json-preview]").TextContent)!;

    protected static JsonNode Statement(IRenderedComponent<MudDialogProvider> provider, int index = 0) =>
        Preview(provider)["Statement"]![index]!;

    protected static string[] Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(n => n!.GetValue<string>()).ToArray(),
        JsonValue value => [value.GetValue<string>()],
        _ => [],
    };

    protected static void AddPrincipal(IRenderedComponent<MudDialogProvider> provider, string principal, int statement = 0)
    {
        var input = provider.FindAll("input[data-testid=principal-input]")[statement];
        input.Input(principal);
        provider.FindAll("input[data-testid=principal-input]")[statement].KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
    }

    protected static void ClickTab(IRenderedComponent<MudDialogProvider> provider, string text) =>
        provider.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == text).Click();

    protected static IElement SaveButton(IRenderedComponent<MudDialogProvider> provider) =>
        provider.Find("button[data-testid=save-policy]");
}
