using Bunit;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;

namespace SesConsole.Tests.Component.Web;

[Trait("Category", "Component")]
public class VerifyDomainDialogTests : WebTestContext
{

    private IRenderedComponent<MudDialogProvider> Open(out Task<DomainVerificationStarted?> result)
    {
        var provider = RenderProviders();
        result = provider.InvokeAsync(() => IdentityDialogs.VerifyDomainAsync(Dialogs, "us-east-1"));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find(".mud-dialog input[type=text]")), Patience);
        return provider;
    }

    private IRenderedComponent<MudDialogProvider> OpenResultView(bool includeDkim = true)
    {
        var provider = Open(out _);
        provider.Find(".mud-dialog input[type=text]").Input("Example.COM.");
        if (!includeDkim)
        {
            provider.Find(".mud-dialog input[type=checkbox]").Change(false);
        }

        provider.Find("button[data-testid=submit]").Click();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=domain-result]")), Patience);
        return provider;
    }

    [Theory]
    [InlineData("Example.COM.", "example.com")]
    [InlineData("bücher.example", "xn--bcher-kva.example")]
    public void TheNormalisedNameIsShownUnderTheField(string typed, string normalised)
    {
        var provider = Open(out _);

        provider.Find(".mud-dialog input[type=text]").Input(typed);

        provider.WaitForAssertion(() => Assert.Equal($"Will be verified as {normalised}",
            provider.Find("[data-testid=normalized-name]").TextContent.Trim()), Patience);
    }

    [Fact]
    public void AnInvalidDomainShowsTheMessageAndNoNormalisedName()
    {
        var provider = Open(out _);

        provider.Find(".mud-dialog input[type=text]").Input("no spaces allowed");

        provider.WaitForAssertion(() => Assert.Contains("Enter a domain name like example.com.", provider.Markup, StringComparison.Ordinal), Patience);
        Assert.Equal(string.Empty, provider.Find("[data-testid=normalized-name]").TextContent.Trim());
    }

    [Fact]
    public void SuccessTurnsIntoTheRecordViewWithDkim()
    {
        var provider = OpenResultView();

        Assert.Equal(("us-east-1", "example.com", true), Assert.Single(Fake.VerifyDomainCalls));
        var names = provider.FindAll("[data-testid=dns-name]").Select(n => n.TextContent).ToList();
        Assert.Equal(4, names.Count);
        Assert.Equal("_amazonses.example.com", names[0]);
        Assert.All(names.Skip(1), n => Assert.EndsWith("._domainkey.example.com", n, StringComparison.Ordinal));
        Assert.Equal(Fake.VerificationToken, provider.FindAll("[data-testid=dns-value]")[0].TextContent);
        Assert.Contains("_amazonses", provider.Find("[data-testid=dns-hints]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void UncheckingDkimAsksForTheTxtRecordOnly()
    {
        var provider = OpenResultView(includeDkim: false);

        Assert.False(Assert.Single(Fake.VerifyDomainCalls).IncludeDkim);
        Assert.Single(provider.FindAll("[data-testid=dns-record]"));
    }

    [Fact]
    public void CopyButtonsPassTheExactNameAndValueToTheClipboard()
    {
        var provider = OpenResultView();

        var copyButtons = provider.FindAll("[data-testid=dns-record]")[0].QuerySelectorAll("button[data-testid=copy]");
        copyButtons[0].Click();
        provider.FindAll("[data-testid=dns-record]")[0].QuerySelectorAll("button[data-testid=copy]")[1].Click();

        provider.WaitForAssertion(() => Assert.Equal(["_amazonses.example.com", Fake.VerificationToken], CopiedTexts()), Patience);
    }

    [Fact]
    public void DownloadCsvHandsTheCsvToTheBrowser()
    {
        var provider = OpenResultView();

        provider.Find("button[data-testid=download-csv]").Click();

        provider.WaitForAssertion(() => Assert.Single(JSInterop.Invocations, i => i.Identifier == "downloadText"), Patience);
        var download = JSInterop.Invocations.Single(i => i.Identifier == "downloadText");
        Assert.Equal("example.com-dns-records.csv", download.Arguments[0]);
        Assert.Equal("text/csv", download.Arguments[1]);
        var csv = Assert.IsType<string>(download.Arguments[2]);
        Assert.StartsWith("Type,Name,Value\r\nTXT,_amazonses.example.com,", csv, StringComparison.Ordinal);
        Assert.Contains($"CNAME,{Fake.DkimTokens[0]}._domainkey.example.com,{Fake.DkimTokens[0]}.dkim.amazonses.com\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void CopyAsZoneFileCopiesBindLines()
    {
        var provider = OpenResultView();

        provider.Find("button[data-testid=copy-zone]").Click();

        provider.WaitForAssertion(() => Assert.Single(CopiedTexts()), Patience);
        var zone = CopiedTexts()[0]!;
        Assert.StartsWith($"_amazonses.example.com. 1800 IN TXT \"{Fake.VerificationToken}\"\n", zone, StringComparison.Ordinal);
        Assert.Contains($"{Fake.DkimTokens[1]}._domainkey.example.com. 1800 IN CNAME {Fake.DkimTokens[1]}.dkim.amazonses.com.\n", zone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoneClosesWithTheStartedVerification()
    {
        var provider = Open(out var result);
        provider.Find(".mud-dialog input[type=text]").Input("example.com");
        provider.Find("button[data-testid=submit]").Click();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("button[data-testid=done]")), Patience);

        provider.Find("button[data-testid=done]").Click();

        Assert.Equal("example.com", (await result.WaitAsync(Patience))?.Domain);
    }

    [Fact]
    public void AServiceFailureStaysInTheForm()
    {
        Fake.VerifyDomainFailure = new Failure(FailureKind.AccessDenied, "The console's AWS role may not verify domains.", "AccessDenied", "req-7");
        var provider = Open(out _);
        provider.Find(".mud-dialog input[type=text]").Input("example.com");

        provider.Find("button[data-testid=submit]").Click();

        provider.WaitForAssertion(() => Assert.Contains("req-7", provider.Find("[data-testid=failure-alert]").TextContent, StringComparison.Ordinal), Patience);
        Assert.Empty(provider.FindAll("[data-testid=domain-result]"));
    }
}
