using Bunit;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities.Sending;

namespace SesConsole.Tests.Component.Web.OperatorTools;

[Trait("Category", "Component")]
public sealed class SendTestEmailDialogTests : WebTestContext
{

    private IRenderedComponent<MudDialogProvider> Open(string identity)
    {
        var provider = RenderProviders();
        _ = provider.InvokeAsync(() => Dialogs.ShowAsync<SendTestEmailDialog>("Send a test email",
            new DialogParameters<SendTestEmailDialog> { { d => d.Region, "us-east-1" }, { d => d.Identity, identity } }));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=test-email-dialog]")), Patience);
        return provider;
    }

    [Fact]
    public void TheSuccessSimulatorIsPickedAndSubjectAndBodyArePrefilled()
    {
        var provider = Open("Ops@Example.com");

        Assert.Equal("SesConsole test from Ops@Example.com", provider.Find("[data-testid=test-email-subject] input, input[data-testid=test-email-subject]").GetAttribute("value"));
        Assert.Contains("success@simulator.amazonses.com", provider.Find("[data-testid=test-email-target]").TextContent, StringComparison.Ordinal);
        Assert.Contains("recipient's server takes it", provider.Find("[data-testid=test-email-simulator-outcome]").TextContent, StringComparison.Ordinal);
        Assert.Empty(provider.FindAll("[data-testid=test-email-from]"));
    }

    [Fact]
    public void SendingShowsSesMessageIdAndSendsFromTheIdentityAsSesHoldsIt()
    {
        var provider = Open("Ops@Example.com");

        provider.Find("button[data-testid=test-email-send]").Click();

        provider.WaitForAssertion(() => Assert.Equal("0100-test-message-id", provider.Find("[data-testid=test-email-message-id]").TextContent), Patience);
        var sent = Assert.Single(TestEmail.Sent);
        Assert.Equal(("us-east-1", "Ops@Example.com", "success@simulator.amazonses.com"), (sent.Region, sent.Identity, sent.Recipient));
    }

    [Fact]
    public void SesRefusalIsShownInPlainWordsAndTheDialogStaysOpen()
    {
        TestEmail.NextFailure = new Failure(
            FailureKind.RejectedBySes, "Your account is in the SES sandbox in us-east-1: the recipient a@b.example must be verified too.", "MessageRejected");
        var provider = Open("ops@example.com");

        provider.Find("button[data-testid=test-email-send]").Click();

        provider.WaitForAssertion(() => Assert.Contains("must be verified too", provider.Find("[data-testid=test-email-failure]").TextContent, StringComparison.Ordinal), Patience);
        Assert.NotNull(provider.Find("button[data-testid=test-email-send]"));
    }

    [Fact]
    public void ADomainIdentityAsksForTheSendersLocalPart()
    {
        var provider = Open("example.com");

        Assert.Equal("test", provider.Find("[data-testid=test-email-from] input, input[data-testid=test-email-from]").GetAttribute("value"));
        Assert.Contains("@example.com", provider.Markup, StringComparison.Ordinal);
    }
}
