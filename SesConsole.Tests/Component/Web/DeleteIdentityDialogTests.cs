using Bunit;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;

namespace SesConsole.Tests.Component.Web;

[Trait("Category", "Component")]
public class DeleteIdentityDialogTests : WebTestContext
{

    private IRenderedComponent<MudDialogProvider> Open(string identity, IdentityKind kind, out Task<bool> result)
    {
        var provider = RenderProviders();
        result = provider.InvokeAsync(() => IdentityDialogs.DeleteAsync(Dialogs, "us-east-1", identity, kind));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("button[data-testid=confirm-delete]")), Patience);
        return provider;
    }

    [Fact]
    public void TheDialogExplainsTheConsequences()
    {
        var provider = Open("example.com", IdentityKind.Domain, out _);

        var text = provider.Find(".consequences").TextContent;
        Assert.Contains("can no longer send", text, StringComparison.Ordinal);
        Assert.Contains("sending-authorization policies are deleted", text, StringComparison.Ordinal);
        Assert.Contains("new token", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ADomainCanOnlyBeDeletedAfterTypingItsName()
    {
        var provider = Open("example.com", IdentityKind.Domain, out _);
        Assert.True(provider.Find("button[data-testid=confirm-delete]").HasAttribute("disabled"));

        provider.Find(".mud-dialog input").Input("example.co");
        Assert.True(provider.Find("button[data-testid=confirm-delete]").HasAttribute("disabled"));

        provider.Find(".mud-dialog input").Input("example.com");
        provider.WaitForAssertion(() => Assert.False(provider.Find("button[data-testid=confirm-delete]").HasAttribute("disabled")), Patience);
    }

    [Fact]
    public async Task ConfirmingCallsDeleteAndCloses()
    {
        var provider = Open("example.com", IdentityKind.Domain, out var result);
        provider.Find(".mud-dialog input").Input("example.com");

        provider.Find("button[data-testid=confirm-delete]").Click();

        Assert.True(await result.WaitAsync(Patience));
        Assert.Equal(("us-east-1", "example.com"), Assert.Single(Fake.DeleteCalls));
    }

    [Fact]
    public void AnEmailAddressNeedsNoTypedConfirmation()
    {
        var provider = Open("ops@example.com", IdentityKind.EmailAddress, out _);

        Assert.Empty(provider.FindAll(".mud-dialog input"));
        Assert.False(provider.Find("button[data-testid=confirm-delete]").HasAttribute("disabled"));
        Assert.Contains("new confirmation mail", provider.Find(".consequences").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailureStaysInTheDialog()
    {
        Fake.DeleteFailure = new Failure(FailureKind.AccessDenied, "The console's AWS role may not delete identities.");
        var provider = Open("ops@example.com", IdentityKind.EmailAddress, out var result);

        provider.Find("button[data-testid=confirm-delete]").Click();

        provider.WaitForAssertion(() => Assert.Contains("may not delete identities", provider.Find("[data-testid=failure-alert]").TextContent, StringComparison.Ordinal), Patience);
        Assert.False(result.IsCompleted);
    }

    [Fact]
    public async Task CancelDeletesNothing()
    {
        var provider = Open("ops@example.com", IdentityKind.EmailAddress, out var result);

        provider.Find("button[data-testid=cancel]").Click();

        Assert.False(await result.WaitAsync(Patience));
        Assert.Empty(Fake.DeleteCalls);
    }
}
