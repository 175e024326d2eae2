using Microsoft.Playwright;
using SesConsole.Tests.Browser.Web.Screenshots;
using SesConsole.Tests.Support.Browser;

using static SesConsole.Tests.Support.Browser.AppPages;

namespace SesConsole.Tests.Browser.Web.Details;

/// <summary>
/// At a phone's width (390 px) the notifications table of a details page fits its section: every row's Set/Change
/// button lies wholly inside the section and the screen, where a thumb can reach it (it used to be cut off at the right edge).
/// </summary>
[Trait("Category", "Browser")]
public sealed class NotificationsOnAPhoneTests : BrowserTest<ScreenshotAppFactory>
{
    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings)
    {
        var app = new ScreenshotAppFactory(signInSettings);
        ScreenshotData.Fill(app.Fake);
        return app;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryTopicButtonLiesInsideTheSectionAt390Pixels(bool dark)
    {
        // Tall enough that the section is on screen without scrolling anything (a scrolled table would hide the bug).
        await using var context = await Harness.NewContextAsync(width: 390, height: 4200);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");

        await OpenAsync(page, "/regions/us-east-1/identities/acme-shop.com", dark);
        var section = page.Locator("[data-testid=notifications-section]");
        var buttons = section.Locator("button[data-testid^=edit-topic-]");
        await Assertions.Expect(buttons).ToHaveCountAsync(3);

        await SesConsole.Tests.Support.Browser.Screenshots.SaveAsync(page, $"notifications-390-{(dark ? "dark" : "light")}", section);
        var sectionBox = await section.BoundingBoxAsync();
        Assert.NotNull(sectionBox);
        foreach (var button in await buttons.AllAsync())
        {
            var box = await button.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= sectionBox.X && box.X + box.Width <= sectionBox.X + sectionBox.Width && box.X + box.Width <= 390,
                $"{await button.GetAttributeAsync("data-testid")} spans {box.X:F0}-{box.X + box.Width:F0} px; the section {sectionBox.X:F0}-{sectionBox.X + sectionBox.Width:F0} px, the screen 0-390 px");
            // Not clipped by the table's container either: the button itself is what is drawn at its right edge.
            Assert.True(await button.EvaluateAsync<bool>(
                    "b => { const r = b.getBoundingClientRect(); return b.contains(document.elementFromPoint(r.right - 2, r.top + r.height / 2)); }"),
                $"{await button.GetAttributeAsync("data-testid")} is covered or clipped at its right edge");
        }
    }
}
