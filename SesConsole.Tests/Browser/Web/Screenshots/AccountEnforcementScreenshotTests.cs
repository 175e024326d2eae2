using Microsoft.Playwright;
using SesConsole.Tests.Support.Browser;
using SesConsole.Tests.Support.Web;
using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Screenshots;

/// <summary>Headless Chromium screenshots (light and dark) of the header when SES reports an account on probation.</summary>
[Trait("Category", "Browser")]
public sealed class AccountEnforcementScreenshotTests : BrowserTest<ScreenshotAppFactory>
{
    protected override ScreenshotAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings)
    {
        var app = new ScreenshotAppFactory(signInSettings);
        ScreenshotData.Fill(app.Fake);
        app.AccountStatus.Set("us-east-1", FakeAccountStatusService.Production("us-east-1") with { EnforcementStatus = "PROBATION" });
        return app;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CapturesTheHeaderOfAnAccountOnProbation(bool dark)
    {
        var theme = dark ? "dark" : "light";
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");

        await OpenAsync(page, DefaultGrid, dark);

        await Assertions.Expect(page.Locator("[data-testid=account-enforcement]")).ToHaveTextAsync("SES: PROBATION");
        await SaveAsync(page, $"account-probation-{theme}");
    }
}
