using Bunit;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;

namespace SesConsole.Tests.Component.Web.OperatorTools;

[Trait("Category", "Component")]
public sealed class SandboxNoteTests : WebTestContext
{
    [Fact]
    public void InTheSandboxTheVerifyEmailDialogSaysRecipientsMustBeVerifiedToo()
    {
        AccountStatus.Set("us-east-1", FakeAccountStatusService.Sandbox("us-east-1"));
        var provider = RenderProviders();

        _ = provider.InvokeAsync(() => IdentityDialogs.VerifyEmailAsync(Dialogs, "us-east-1"));

        provider.WaitForAssertion(() => Assert.Contains("recipients must be verified too",
            Normalize(provider.Find("[data-testid=sandbox-recipients-note]").TextContent), StringComparison.Ordinal), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void InProductionTheNoteIsNotShown()
    {
        AccountStatus.Set("us-east-1", FakeAccountStatusService.Production("us-east-1"));
        var provider = RenderProviders();

        _ = provider.InvokeAsync(() => IdentityDialogs.VerifyEmailAsync(Dialogs, "us-east-1"));

        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("input[type=email]")), TimeSpan.FromSeconds(5));
        Assert.Empty(provider.FindAll("[data-testid=sandbox-recipients-note]"));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
