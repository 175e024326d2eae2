using Bunit;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities.MailFrom;

namespace SesConsole.Tests.Component.Web.OperatorTools;

[Trait("Category", "Component")]
public sealed class MailFromDialogTests : WebTestContext
{

    private (IRenderedComponent<MudDialogProvider> Provider, Task<DialogResult?> Result) Open(MailFromInfo? current = null)
    {
        var provider = RenderProviders();
        var result = provider.InvokeAsync(async () =>
        {
            var dialog = await Dialogs.ShowAsync<MailFromDialog>("Custom MAIL FROM domain", new DialogParameters<MailFromDialog>
            {
                { d => d.Region, "us-east-1" }, { d => d.Identity, "example.com" }, { d => d.Current, current },
            });
            return await dialog.Result;
        });
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=mail-from-dialog]")), Patience);
        return (provider, result);
    }

    [Fact]
    public void ADomainOutsideTheIdentityIsRefusedOnTheFieldAndCannotBeSaved()
    {
        var (provider, _) = Open();

        provider.Find("[data-testid=mail-from-input] input, input[data-testid=mail-from-input]").Input("mail.other.example");

        provider.WaitForAssertion(() => Assert.Contains("must be a subdomain of example.com", provider.Markup, StringComparison.Ordinal), Patience);
        Assert.True(provider.Find("button[data-testid=mail-from-save]").HasAttribute("disabled"));
        Assert.Empty(Fake.MailFromCalls);
    }

    [Fact]
    public void AValidSubdomainShowsTheNormalisedValueAndTheMxAndSpfRecordsBeforeSaving()
    {
        var (provider, _) = Open();

        provider.Find("[data-testid=mail-from-input] input, input[data-testid=mail-from-input]").Input("Bounce.Example.COM");

        provider.WaitForAssertion(() => Assert.Contains("bounce.example.com", provider.Find("[data-testid=mail-from-normalized]").TextContent, StringComparison.Ordinal), Patience);
        Assert.Contains("10 feedback-smtp.us-east-1.amazonses.com", provider.Markup, StringComparison.Ordinal);
        Assert.Contains("v=spf1 include:amazonses.com ~all", provider.Markup, StringComparison.Ordinal);
        Assert.Empty(Fake.MailFromCalls);
    }

    [Fact]
    public async Task SavingSendsTheNormalisedDomainAndClosesWithIt()
    {
        var (provider, result) = Open();
        provider.Find("[data-testid=mail-from-input] input, input[data-testid=mail-from-input]").Input("Bounce.example.com");

        provider.WaitForAssertion(() => Assert.False(provider.Find("button[data-testid=mail-from-save]").HasAttribute("disabled")), Patience);
        provider.Find("button[data-testid=mail-from-save]").Click();

        var closed = await result.WaitAsync(Patience);
        Assert.Equal("bounce.example.com", closed!.Data);
        Assert.Equal(("us-east-1", "example.com", "bounce.example.com", false), Assert.Single(Fake.MailFromCalls));
    }

    [Fact]
    public async Task RemovingSendsNoDomain()
    {
        var (provider, result) = Open(new MailFromInfo("mail.example.com", VerificationStatus.Success, "RejectMessage"));

        provider.Find("button[data-testid=mail-from-remove]").Click();

        await result.WaitAsync(Patience);
        Assert.Null(Assert.Single(Fake.MailFromCalls).MailFromDomain);
    }
}
