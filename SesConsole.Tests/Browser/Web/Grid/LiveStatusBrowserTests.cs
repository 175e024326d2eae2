using Microsoft.Playwright;
using SesConsole.Tests.Support.Dns;
using SesConsole.Tests.Support.Browser;
using SesConsole.Tests.Support.Hosting;
using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.Web.Grid;

/// <summary>
/// The whole path in Chromium: an Admin starts a domain verification in Local mode, the domain's TXT record appears in
/// a real dnsmasq, LocalSes verifies it, the index's sync reads the new status, and the open grid shows Verified with
/// no reload, while the Admin who started it gets the snackbar.
/// </summary>
[Trait("Category", "Browser")]
public sealed class LiveStatusBrowserTests : BrowserTest<LiveStatusBrowserTests.App>
{
    private const string Domain = "live-verify.test";
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
            // No DNS server answers there until the test starts dnsmasq on that port.
            ["Dns:Servers:0"] = $"127.0.0.1:{dnsPort}",
            ["LocalSes:DnsCheckInterval"] = "00:00:00.200",
            ["LocalSes:DnsLookupTimeout"] = "00:00:00.300",
            ["Index:PendingSyncInterval"] = "00:00:01",
        },
    });

    protected override App CreateApp(IReadOnlyDictionary<string, string?> signInSettings) => new(signInSettings, _dnsPort);

    [Fact]
    public async Task ADomainThatTurnsVerifiedShowsInTheOpenGridWithoutAReload()
    {
        await using var context = await Harness.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await OpenAsync(page, "/regions/us-east-1/identities");

        await page.ClickAsync("button[data-testid=verify-domain]");
        await page.FillAsync(".mud-dialog input[type=text]", Domain);
        await page.ClickAsync("button[data-testid=submit]");
        await Assertions.Expect(page.Locator("[data-testid=dns-record]").First).ToBeVisibleAsync();
        var token = (await page.Locator("[data-testid=dns-value]").First.TextContentAsync())!.Trim();
        await page.ClickAsync("button[data-testid=done]");
        var row = page.Locator("tr", new() { Has = page.Locator("a[data-testid=identity-link]", new() { HasTextString = Domain }) });
        await Assertions.Expect(row.Locator(".status-chip").First).ToHaveTextAsync("Pending");
        // A marker a reload would wipe.
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        using var cts = new CancellationTokenSource(Patience);
        await using var dns = await DnsmasqServer.StartOnPortAsync(_dnsPort, [$"--txt-record=_amazonses.{Domain},{token}"], cts.Token);

        await Assertions.Expect(row.Locator(".status-chip").First).ToHaveTextAsync("Verified", new() { Timeout = (float)Patience.TotalMilliseconds });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = $"{Domain} is now verified" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=sync-state-us-east-1]")).ToContainTextAsync("Synced");
        await page.Mouse.MoveAsync(600, 10);
        await SaveAsync(page, "identities-live-verified-light");
    }
}
