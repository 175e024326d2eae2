using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SesConsole.Core.Ses;
using SesConsole.Tests.Support.Browser;
using static SesConsole.Tests.Support.Browser.AppPages;

namespace SesConsole.Tests.Browser.Web.Jobs;

/// <summary>
/// Delete many in Chromium against the embedded LocalSes (its rate limit off): three rows picked in the grid are
/// deleted by a job whose progress reaches 100%, and LocalSes no longer holds exactly those three.
/// </summary>
[Trait("Category", "Browser")]
public sealed class DeleteManyBrowserTests : BrowserTest<BulkJobsAppFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly string[] Doomed = ["Del.B@Example.COM", "del-a.example", "del-c.example"];
    private static readonly string[] Kept = ["Keep.Me@Example.COM", "keep.example"];

    protected override BulkJobsAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings) => new(signInSettings, fullSyncInterval: "00:00:02");

    [Fact]
    public async Task ThreeSelectedRowsAreDeletedByAJobThatReachesOneHundredPercent()
    {
        var ses = Harness.App.Services.GetRequiredService<ISesClientFactory>().ForRegion("us-east-1");
        foreach (var name in Doomed.Concat(Kept))
        {
            if (name.Contains('@', StringComparison.Ordinal))
            {
                await ses.VerifyEmailIdentityAsync(name, CancellationToken.None);
            }
            else
            {
                await ses.VerifyDomainIdentityAsync(name, CancellationToken.None);
            }
        }

        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await OpenAsync(page, "/regions/us-east-1/identities");
        await Assertions.Expect(page.Locator("a[data-testid=identity-link]")).ToHaveCountAsync(5, new() { Timeout = (float)Patience.TotalMilliseconds });

        foreach (var name in Doomed)
        {
            await page.Locator($"input[data-testid=select-row][aria-label='Select {name}']").CheckAsync();
        }

        await page.ClickAsync("button[data-testid=delete-selected]");
        await Assertions.Expect(page.Locator("[data-testid=delete-many-name]")).ToHaveTextAsync(Doomed);
        await page.Locator("[data-testid=delete-many-confirm-input] input, input[data-testid=delete-many-confirm-input]").First.FillAsync("3");
        await page.ClickAsync("button[data-testid=delete-many-start]");

        await Assertions.Expect(page.Locator("[data-testid=job-percent]")).ToHaveTextAsync("100%", new() { Timeout = (float)Patience.TotalMilliseconds });
        await Assertions.Expect(page.Locator("[data-testid=job-counts]")).ToHaveTextAsync("3 done, 0 failed, 0 cancelled of 3");
        var left = await ses.ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None);
        Assert.Equal(Kept.Order(StringComparer.Ordinal), left.Identities.Order(StringComparer.Ordinal));
    }
}
