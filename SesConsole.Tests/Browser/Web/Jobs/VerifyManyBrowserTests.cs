using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SesConsole.Core.Ses;
using SesConsole.Tests.Support.Browser;
using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Jobs;

/// <summary>
/// Verify many in Chromium against the embedded LocalSes (its rate limit off, our pacer at its maximum): a 200-line
/// list is checked, run as a server-side job whose progress bar reaches 100% without a reload, and the records CSV
/// it offers holds every new domain's records as SES holds them.
/// </summary>
[Trait("Category", "Browser")]
public sealed class VerifyManyBrowserTests : BrowserTest<BulkJobsAppFactory>
{
    private const int Emails = 150;
    private const int Domains = 50;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private const string BulkInput = "textarea[data-testid=bulk-input], [data-testid=bulk-input] textarea";

    protected override BulkJobsAppFactory CreateApp(IReadOnlyDictionary<string, string?> signInSettings) => new(signInSettings);

    private static string[] DomainNames => Enumerable.Range(0, Domains)
        .Select(i => string.Create(CultureInfo.InvariantCulture, $"bulk{i:D3}.example")).ToArray();

    private static string ListText() => string.Join('\n', Enumerable.Range(0, Emails)
        .Select(i => string.Create(CultureInfo.InvariantCulture, $"Sender{i:D3}@Bulk.Example"))
        .Concat(DomainNames.Select(d => d.ToUpperInvariant() + ".")));

    [Fact]
    public async Task TwoHundredLinesAreVerifiedWithAProgressBarToOneHundredPercentAndTheirRecordsDownload()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await OpenAsync(page, "/regions/us-east-1/identities");
        await page.ClickAsync("a[data-testid=verify-many]");
        await WaitForCircuitAsync(page);

        await page.FillAsync(BulkInput, ListText());
        await page.ClickAsync("button[data-testid=bulk-check]");
        await Assertions.Expect(page.Locator("[data-testid=count-Ready]")).ToHaveTextAsync("Ready: 200");
        await Assertions.Expect(page.Locator("[data-testid=bulk-normalized]").First).ToHaveTextAsync("Sender000@bulk.example");
        await Assertions.Expect(page.Locator("button[data-testid=bulk-start]")).ToHaveTextAsync("Verify 200 identities");
        await page.Mouse.MoveAsync(600, 10);
        await SaveAsync(page, "verify-many-checked-light");
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        await page.ClickAsync("button[data-testid=bulk-start]");

        await Assertions.Expect(page.Locator("[data-testid=job-percent]")).ToHaveTextAsync("100%", new() { Timeout = (float)Patience.TotalMilliseconds });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "The progress must arrive without a reload.");
        await Assertions.Expect(page.Locator("[data-testid=job-progress]")).ToHaveAttributeAsync("aria-valuenow", "100");
        await Assertions.Expect(page.Locator("[data-testid=job-state]")).ToHaveTextAsync("Finished");
        Assert.Empty(await page.Locator("tr", new() { Has = page.Locator("[data-state=Failed]") }).AllInnerTextsAsync());
        await Assertions.Expect(page.Locator("[data-testid=job-counts]")).ToHaveTextAsync("200 done, 0 failed, 0 cancelled of 200");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-testid=download-records]"));
        var csv = (await File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Type,Name,Value", csv[0]);
        Assert.Equal(Domains * 4, csv.Length - 1);
        var client = Harness.App.Services.GetRequiredService<ISesClientFactory>().ForRegion("us-east-1");
        var held = await client.GetIdentityVerificationAttributesAsync(DomainNames, CancellationToken.None);
        foreach (var domain in DomainNames)
        {
            Assert.Contains($"TXT,_amazonses.{domain},{held.VerificationAttributes[domain].VerificationToken}", csv);
            Assert.Equal(3, csv.Count(row => row.StartsWith("CNAME,", StringComparison.Ordinal) && row.Contains($"._domainkey.{domain},", StringComparison.Ordinal)));
        }

        await page.Mouse.MoveAsync(600, 10);
        await SaveAsync(page, "job-finished-light");
        await ToggleDarkAsync(page, dark: true);
        await SaveAsync(page, "job-finished-dark");
        await OpenAsync(page, "/jobs");
        await Assertions.Expect(page.Locator("[data-testid=jobs-row-counts]").First).ToHaveTextAsync("200 done, 0 failed, 0 cancelled of 200");
        await SaveAsync(page, "jobs-panel-light");
        await ToggleDarkAsync(page, dark: true);
        await SaveAsync(page, "jobs-panel-dark");
        await OpenAsync(page, "/regions/us-east-1/verify-many", dark: true);
        await page.FillAsync(BulkInput, "bulk000.example\nnew@bulk.example\nnew@BULK.example\nnot a name\n");
        await page.ClickAsync("button[data-testid=bulk-check]");
        await Assertions.Expect(page.Locator("[data-testid=count-AlreadyExists]")).ToHaveTextAsync("Already exists: 1");
        await page.Mouse.MoveAsync(600, 10);
        await SaveAsync(page, "verify-many-checked-dark");

        // The overview counts what the job made, from the index alone, and links to exactly those rows.
        foreach (var dark in new[] { false, true })
        {
            await OpenAsync(page, "/", dark);
            var region = page.Locator("[data-testid=overview-us-east-1]");
            await Assertions.Expect(region.Locator("[data-testid=overview-total]")).ToHaveTextAsync("200 identities");
            await Assertions.Expect(region.Locator("[data-testid=overview-status-Pending]")).ToHaveAttributeAsync("href", "/regions/us-east-1/identities?status=pending");
            await Assertions.Expect(page.Locator("[data-testid=overview-change]")).ToHaveCountAsync(10);
            await page.Mouse.MoveAsync(600, 10);
            await SaveAsync(page, dark ? "overview-dark" : "overview-light");
        }
    }
}
