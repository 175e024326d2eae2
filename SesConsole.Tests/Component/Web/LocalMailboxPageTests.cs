using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Local;
using SesConsole.Web.Local;

namespace SesConsole.Tests.Component.Web;

[Trait("Category", "Component")]
public class LocalMailboxPageTests : WebTestContext
{
    private sealed class FakeMailbox(params LocalMailMessage[] messages) : ILocalMailbox
    {
        public Task<IReadOnlyList<LocalMailMessage>> ListAsync(CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<LocalMailMessage>>(messages);
    }

    private static LocalMailMessage Mail(string to, int minute) => new(
        to, "Amazon SES Address Verification Request", $"Click the link to verify {to}.",
        $"http://127.0.0.1:4579/confirm/{to}", new DateTimeOffset(2025, 3, 4, 10, minute, 0, TimeSpan.Zero));

    [Fact]
    public void MailsAreListedNewestFirstWithTheirConfirmationLinks()
    {
        Services.AddSingleton<ILocalMailbox>(new FakeMailbox(Mail("old@example.com", 1), Mail("new@example.com", 30)));
        RenderProviders();

        var cut = Render<LocalMailboxPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=mail]").Count));
        var mails = cut.FindAll("[data-testid=mail]");
        Assert.Contains("new@example.com", mails[0].TextContent, StringComparison.Ordinal);
        var link = cut.FindAll("a[data-testid=confirmation-link]")[0];
        Assert.Equal("http://127.0.0.1:4579/confirm/new@example.com", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
    }

    [Fact]
    public void AnEmptyMailboxSaysHowMailArrives()
    {
        Services.AddSingleton<ILocalMailbox>(new FakeMailbox());
        RenderProviders();

        var cut = Render<LocalMailboxPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=mailbox-empty]")));
    }

    [Fact]
    public void WithoutAMailboxThePageSaysItNeedsLocalMode()
    {
        RenderProviders();

        var cut = Render<LocalMailboxPage>();

        Assert.Contains("only available in Local mode", cut.Find("[data-testid=mailbox-unavailable]").TextContent, StringComparison.Ordinal);
    }
}
