using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;

namespace SesConsole.Tests.Component.Web;

[Trait("Category", "Component")]
public class VerifyEmailDialogTests : WebTestContext
{

    private (IRenderedComponent<MudDialogProvider> Provider, Task<EmailVerificationStarted?> Result) Open()
    {
        var provider = RenderProviders();
        var result = provider.InvokeAsync(() => IdentityDialogs.VerifyEmailAsync(Dialogs, "us-east-1"));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("input[type=email]")), Patience);
        return (provider, result);
    }

    [Fact]
    public void TypingAnInvalidAddressShowsTheServiceMessageAtOnce()
    {
        var (provider, _) = Open();

        provider.Find("input[type=email]").Input("not-an-address");

        provider.WaitForAssertion(() => Assert.Contains("Enter an email address like name@example.com.", provider.Markup, StringComparison.Ordinal), Patience);
        Assert.Empty(Fake.VerifyEmailCalls);
    }

    [Fact]
    public void FixingTheAddressClearsTheMessage()
    {
        var (provider, _) = Open();
        provider.Find("input[type=email]").Input("not-an-address");

        provider.Find("input[type=email]").Input("ops@example.com");

        provider.WaitForAssertion(() => Assert.DoesNotContain("Enter an email address", provider.Markup, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void SubmittingAnEmptyFieldShowsTheMessageAndCallsNothing()
    {
        var (provider, _) = Open();

        provider.Find("button[data-testid=submit]").Click();

        provider.WaitForAssertion(() => Assert.Contains("Enter an email address.", provider.Markup, StringComparison.Ordinal), Patience);
        Assert.Empty(Fake.VerifyEmailCalls);
    }

    [Fact]
    public async Task EnterSubmitsAndSuccessClosesWithTheStartedVerification()
    {
        var (provider, result) = Open();
        var input = provider.Find("input[type=email]");
        input.Input("ops@example.com");

        provider.Find("input[type=email]").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        var started = await result.WaitAsync(Patience);
        Assert.Equal("ops@example.com", started?.EmailAddress);
        Assert.Equal(("us-east-1", "ops@example.com"), Assert.Single(Fake.VerifyEmailCalls));
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("input[type=email]")), Patience);
    }

    [Fact]
    public async Task CancelClosesWithoutCallingTheService()
    {
        var (provider, result) = Open();

        provider.Find("button[data-testid=cancel]").Click();

        Assert.Null(await result.WaitAsync(Patience));
        Assert.Empty(Fake.VerifyEmailCalls);
    }

    [Fact]
    public void TheButtonShowsProgressAndCannotSubmitTwice()
    {
        Fake.VerifyEmailGate = new TaskCompletionSource();
        var (provider, _) = Open();
        provider.Find("input[type=email]").Input("ops@example.com");

        provider.Find("button[data-testid=submit]").Click();
        provider.WaitForAssertion(() => Assert.True(provider.Find("button[data-testid=submit]").HasAttribute("disabled")), Patience);
        provider.Find("input[type=email]").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Contains("Sending", provider.Find("button[data-testid=submit]").TextContent, StringComparison.Ordinal);
        Assert.Single(Fake.VerifyEmailCalls);
        Fake.VerifyEmailGate.SetResult();
    }

    [Fact]
    public void AServiceFailureStaysInTheDialogWithTheReason()
    {
        Fake.VerifyEmailFailure = new Failure(FailureKind.Throttled, "SES is throttling requests; try again in a minute.", "Throttling", "req-9");
        var (provider, result) = Open();
        provider.Find("input[type=email]").Input("ops@example.com");

        provider.Find("button[data-testid=submit]").Click();

        provider.WaitForAssertion(() => Assert.Contains("SES is throttling requests; try again in a minute.", provider.Find("[data-testid=failure-alert]").TextContent, StringComparison.Ordinal), Patience);
        Assert.False(result.IsCompleted);
        Assert.NotNull(provider.Find("input[type=email]"));
    }
}
