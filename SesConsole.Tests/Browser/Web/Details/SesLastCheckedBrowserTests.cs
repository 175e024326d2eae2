using Microsoft.Playwright;
using SesConsole.Tests.Support.Browser;
using SesConsole.Tests.Support.Dns;
using SesConsole.Tests.Support.Hosting;
using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Details;

/// <summary>
/// In Local mode, the details page of a domain whose <c>_amazonses</c> TXT record is not published shows SES's own
/// last check ("SES last checked ...: the domain's DNS has no such name"), from LocalSes's DNS check against a real
/// dnsmasq: the line that used to show only against real SES.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SesLastCheckedBrowserTests : BrowserTest<SesLastCheckedBrowserTests.App>
{
    private const string Domain = "no-txt-yet.test";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly int _dnsPort = DnsmasqServer.ReservePort();

    public sealed class App(IReadOnlyDictionary<string, string?> signInSettings, int dnsPort) : SesConsoleAppFactory(new SesConsoleAppOptions
    {
        Kestrel = true,
        SignInSettings = signInSettings,
        Regions = ["us-east-1"],
        LocalSesUrl = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}"),
        Settings = new Dictionary<string, string?>
        {
            ["Dns:Servers:0"] = $"127.0.0.1:{dnsPort}",
            ["LocalSes:DnsCheckInterval"] = "00:00:00.200",
            ["LocalSes:DnsLookupTimeout"] = "00:00:00.300",
        },
    });

    protected override App CreateApp(IReadOnlyDictionary<string, string?> signInSettings) => new(signInSettings, _dnsPort);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ADomainWithoutItsTxtRecordShowsSesLastCheckAndItsFinding(bool dark)
    {
        await using var dns = await DnsmasqServer.StartOnPortAsync(_dnsPort, [], CancellationToken.None);
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await OpenAsync(page, "/regions/us-east-1/identities");
        await page.ClickAsync("button[data-testid=verify-domain]");
        await page.FillAsync(".mud-dialog input[type=text]", Domain);
        await page.ClickAsync("button[data-testid=submit]");
        await Assertions.Expect(page.Locator("[data-testid=dns-record]").First).ToBeVisibleAsync();
        await page.ClickAsync("button[data-testid=done]");

        // The details page reads SES once; LocalSes's sweep runs every 200 ms, so open it until the check is there.
        var check = page.Locator("[data-testid=ses-check]");
        var deadline = DateTime.UtcNow + Patience;
        do
        {
            await OpenAsync(page, $"/regions/us-east-1/identities/{Domain}", dark);
            await Assertions.Expect(page.Locator("[data-testid=dns-check-section]").First).ToBeAttachedAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        }
        while (await check.CountAsync() == 0 && DateTime.UtcNow < deadline);

        await Assertions.Expect(check).ToContainTextAsync("SES last checked");
        await Assertions.Expect(check).ToContainTextAsync("the domain's DNS has no such name");
        await check.ScrollIntoViewIfNeededAsync();
        await SaveAsync(page, $"details-ses-last-checked-{(dark ? "dark" : "light")}");
    }
}
