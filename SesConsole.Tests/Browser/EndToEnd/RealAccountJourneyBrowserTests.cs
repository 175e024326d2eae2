using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SesConsole.Core.Index;
using SesConsole.Core.Ses;
using SesConsole.Tests.Support.Browser;
using SesConsole.Tests.Support.Dns;
using SesConsole.Tests.Support.Hosting;
using static SesConsole.Tests.Support.Browser.AppPages;
using static SesConsole.Tests.Support.Browser.Screenshots;

namespace SesConsole.Tests.Browser.EndToEnd;

/// <summary>
/// Issue 9's journey in Chromium on a domain made outside the console (straight in LocalSes, written with capitals as
/// another tool might): open its details from the grid, check its DNS, add a sending-authorization policy, delete it,
/// and see it gone when LocalSes itself is asked for the exact listed name.
/// </summary>
[Trait("Category", "Browser")]
public sealed class RealAccountJourneyBrowserTests : BrowserTest<RealAccountJourneyBrowserTests.App>
{
    private const string Created = "MixedCase.Example.COM";
    private const string Listed = "mixedcase.example.com";
    private const string Region = SesConsoleAppFactory.Region;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly int _dnsPort = DnsmasqServer.ReservePort();

    public sealed class App(IReadOnlyDictionary<string, string?> signInSettings, int dnsPort) : SesConsoleAppFactory(new SesConsoleAppOptions
    {
        Kestrel = true,
        SignInSettings = signInSettings,
        Regions = [Region],
        LocalSesUrl = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}"),
        Settings = new Dictionary<string, string?>
        {
            ["Dns:Servers:0"] = $"127.0.0.1:{dnsPort}",
            ["LocalSes:DnsCheckInterval"] = "00:00:00.200",
            ["LocalSes:DnsLookupTimeout"] = "00:00:00.300",
        },
    });

    protected override App CreateApp(IReadOnlyDictionary<string, string?> signInSettings) => new(signInSettings, _dnsPort);

    [Fact]
    public async Task AMixedCaseDomainMadeOutsideTheConsoleIsCheckedGivenAPolicyAndDeletedUntilLocalSesNoLongerHasIt()
    {
        // Made by "another tool": the SES API straight, not the console's changes.
        var ses = Harness.App.Services.GetRequiredService<ISesClientFactory>().ForRegion(Region);
        var token = (await ses.VerifyDomainIdentityAsync(Created, CancellationToken.None)).VerificationToken;
        using var started = new CancellationTokenSource(Patience);
        await using var dns = await DnsmasqServer.StartOnPortAsync(_dnsPort, [$"--txt-record=_amazonses.{Listed},{token}"], started.Token);
        await WaitUntilVerifiedAsync(ses);
        await Harness.App.Services.GetRequiredService<IdentityIndexSync>().FullPassAsync(Region, pending: null, CancellationToken.None);

        await using var context = await Harness.NewContextAsync(height: 1100);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin");
        await OpenAsync(page, $"/regions/{Region}/identities");
        await page.Locator("a[data-testid=identity-link]", new() { HasTextString = Listed }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=identity-title]")).ToHaveTextAsync(Listed);
        await WaitForCircuitAsync(page);

        await page.ClickAsync("button[data-testid=check-dns]");
        var verification = page.Locator("[data-testid=dns-check]", new() { HasTextString = $"_amazonses.{Listed}" });
        await Assertions.Expect(verification).ToHaveAttributeAsync("data-state", "PublishedCorrectly", new() { Timeout = (float)Patience.TotalMilliseconds });
        await page.Mouse.MoveAsync(600, 10);
        await SaveAsync(page, "real-account-details-light", fullPage: true);
        await ToggleDarkAsync(page, dark: true);
        await SaveAsync(page, "real-account-details-dark", fullPage: true);

        var policies = page.Locator("[data-testid=policies-section]");
        await policies.Locator("button[data-testid=new-policy]").ClickAsync();
        var editor = page.Locator(".mud-dialog");
        await editor.Locator("input[data-testid=policy-name]").FillAsync("partner");
        await editor.Locator("input[data-testid=principal-input]").FillAsync("111122223333");
        await editor.Locator("input[data-testid=principal-input]").PressAsync("Enter");
        await Assertions.Expect(editor.Locator("[data-testid=principal-chip]")).ToHaveCountAsync(1);
        await editor.Locator("button[data-testid=save-policy]").ClickAsync();
        await Assertions.Expect(policies.Locator("[data-testid=policy]")).ToHaveTextAsync("partner");
        Assert.Equal(["partner"], (await ses.ListIdentityPoliciesAsync(Listed, CancellationToken.None)).PolicyNames);

        await page.ClickAsync("button[data-testid=delete]");
        var confirm = page.Locator("button[data-testid=confirm-delete]");
        await Assertions.Expect(confirm).ToBeVisibleAsync();
        await page.Locator(".mud-dialog input[type=text]").FillAsync(Listed);
        await SaveAsync(page, "real-account-delete-dialog-dark");
        await Assertions.Expect(confirm).ToBeEnabledAsync();
        await confirm.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasTextString = $"{Listed} was deleted from {Region}." })).ToBeVisibleAsync();

        var left = await ses.ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None);
        var attributes = await ses.GetIdentityVerificationAttributesAsync([Listed], CancellationToken.None);
        Assert.DoesNotContain(Listed, left.Identities);
        Assert.Empty(left.Identities);
        Assert.False(attributes.VerificationAttributes.ContainsKey(Listed));
    }

    private static async Task WaitUntilVerifiedAsync(ISesClient ses)
    {
        using var limit = new CancellationTokenSource(Patience);
        while ((await ses.GetIdentityVerificationAttributesAsync([Listed], limit.Token)).VerificationAttributes[Listed].VerificationStatus
            != SesVerificationStatus.Success)
        {
            await Task.Delay(100, limit.Token);
        }
    }
}
