using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;

namespace SesConsole.Tests.Component.Web;

[Trait("Category", "Component")]
public class IdentityDetailsPageTests : WebTestContext
{

    private IdentityDetails AddDomainDetails(bool dkim = true, bool mailFrom = true)
    {
        var records = new List<DnsRecord> { new(DnsRecordType.TXT, "_amazonses.example.com", "tok3n=", DnsRecordRole.Verification) };
        if (dkim)
        {
            records.AddRange(Fake.DkimRecords("example.com"));
        }

        if (mailFrom)
        {
            records.Add(new DnsRecord(DnsRecordType.MX, "mail.example.com", "10 feedback-smtp.us-east-1.amazonses.com", DnsRecordRole.MailFromMx));
            records.Add(new DnsRecord(DnsRecordType.TXT, "mail.example.com", "\"v=spf1 include:amazonses.com ~all\"", DnsRecordRole.MailFromSpf));
        }

        var details = new IdentityDetails(
            "example.com", IdentityKind.Domain, VerificationStatus.Pending, "tok3n=",
            new DateTimeOffset(2025, 3, 4, 10, 15, 0, TimeSpan.Zero),
            dkim ? new DkimInfo(true, VerificationStatus.Success, Fake.DkimTokens) : new DkimInfo(false, VerificationStatus.NotStarted, []),
            mailFrom ? new MailFromInfo("mail.example.com", VerificationStatus.Success, "UseDefaultValue") : null,
            records);
        Fake.Details["us-east-1/example.com"] = details;
        Fake.AddPolicy("us-east-1", "example.com", "AllowMarketingTeam", "{}");
        Fake.AddPolicy("us-east-1", "example.com", "AllowBilling", "{}");
        return details;
    }

    private IRenderedComponent<IdentityDetailsPage> RenderPage(string identity)
    {
        RenderProviders();
        return Render<IdentityDetailsPage>(p => p.Add(x => x.Identity, identity));
    }

    [Fact]
    public void SesOwnLastCheckOfTheDomainShowsBesideOurDnsCheck()
    {
        var details = AddDomainDetails();
        Fake.Details["us-east-1/example.com"] = details with
        {
            SesCheck = new SesVerificationCheck(new DateTimeOffset(2025, 3, 4, 13, 17, 0, TimeSpan.Zero), null, "TYPE_NOT_FOUND"),
        };
        Time.SetUtcNow(new DateTimeOffset(2025, 3, 4, 13, 20, 0, TimeSpan.Zero));

        var cut = RenderPage("example.com");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=ses-check]")), Patience);
        Assert.Equal("SES last checked 3 minutes ago: the verification record was not found.",
            string.Join(' ', cut.Find("[data-testid=ses-check]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        // In our own DNS check's section, before its button's results.
        Assert.Single(cut.FindAll("[data-testid=dns-check-section] [data-testid=ses-check]"));
    }

    [Fact]
    public void WithoutSesOwnCheckTheDetailsShowNoSesCheckLine()
    {
        AddDomainDetails();

        var cut = RenderPage("example.com");

        cut.WaitForAssertion(() => Assert.Equal("example.com", cut.Find("[data-testid=identity-title]").TextContent.Trim()), Patience);
        Assert.Empty(cut.FindAll("[data-testid=ses-check]"));
    }

    [Fact]
    public void ADomainShowsStatusStartTimeAndEveryRecordGroup()
    {
        AddDomainDetails();
        Time.SetUtcNow(new DateTimeOffset(2025, 3, 4, 13, 20, 0, TimeSpan.Zero));

        var cut = RenderPage("example.com");

        cut.WaitForAssertion(() => Assert.Equal("example.com", cut.Find("[data-testid=identity-title]").TextContent.Trim()), Patience);
        Assert.Contains("Pending", cut.Find("[data-testid=verification-section] .status-chip").TextContent, StringComparison.Ordinal);
        Assert.Equal("Verification started 2025-03-04 10:15 UTC (3 hours ago)",
            string.Join(' ', cut.Find("[data-testid=started-at]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(["_amazonses.example.com"], cut.FindAll("[data-testid=verification-section] [data-testid=dns-name]").Select(e => e.TextContent));
        Assert.Equal(3, cut.FindAll("[data-testid=dkim-section] [data-testid=dns-record]").Count);
        Assert.Contains("Verified", cut.Find("[data-testid=dkim-section] .status-chip").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll("[data-testid=mail-from-section] [data-testid=dns-record]").Count);
        Assert.Equal(["AllowMarketingTeam", "AllowBilling"], cut.FindAll("[data-testid=policy]").Select(p => p.TextContent.Trim()));
    }

    [Fact]
    public void ADomainWithoutDkimOffersToSetItUp()
    {
        AddDomainDetails(dkim: false, mailFrom: false);
        var cut = RenderPage("example.com");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("button[data-testid=setup-dkim]")), Patience);

        cut.Find("button[data-testid=setup-dkim]").Click();

        cut.WaitForAssertion(() => Assert.Equal(("us-east-1", "example.com"), Assert.Single(Fake.SetUpDkimCalls)), Patience);
        Assert.Contains("Not set", cut.Find("[data-testid=mail-from-section]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmailAddressCanResendItsVerificationMail()
    {
        Fake.Details["us-east-1/ops@example.com"] = new IdentityDetails(
            "ops@example.com", IdentityKind.EmailAddress, VerificationStatus.Failed, null, null, null, null, []);
        var cut = RenderPage("ops@example.com");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("button[data-testid=resend]")), Patience);
        Assert.Empty(cut.FindAll("[data-testid=dkim-section]"));

        cut.Find("button[data-testid=resend]").Click();

        cut.WaitForAssertion(() => Assert.Equal(("us-east-1", "ops@example.com"), Assert.Single(Fake.VerifyEmailCalls)), Patience);
        Assert.Contains("Confirmation mail sent to ops@example.com. The link expires in 24 hours.", SnackbarMessages);
    }

    [Fact]
    public void AnUnknownIdentitySaysNotFoundInTheRegionWithALinkBack()
    {
        var cut = RenderPage("ghost.example.com");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=not-found]")), Patience);
        Assert.Contains("ghost.example.com was not found in us-east-1", cut.Find("[data-testid=not-found]").TextContent, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("[data-testid=not-found] a"), a => a.TextContent.Contains("Back to Identities", StringComparison.Ordinal));
    }

    [Fact]
    public void AnSesFailureShowsTheAlertAndRetryLoadsAgain()
    {
        Fake.DetailsFailure = new Failure(FailureKind.Unavailable, "SES did not answer in time.", "ServiceUnavailable", "req-503");
        var cut = RenderPage("example.com");
        cut.WaitForAssertion(() => Assert.Contains("req-503", cut.Find("[data-testid=failure-alert]").TextContent, StringComparison.Ordinal), Patience);
        Fake.DetailsFailure = null;
        AddDomainDetails();

        cut.Find("button[data-testid=retry]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=identity-title]")), Patience);
        Assert.Equal(2, Fake.DetailsCalls.Count);
    }

    [Fact]
    public void RetryOfAFailedSectionRereadsOnlyThatSectionAndKeepsThePage()
    {
        var read = AddDomainDetails();
        var dkimFailure = new Failure(FailureKind.Throttled, "SES is busy; try again.", "Throttling", "req-429");
        Fake.Details["us-east-1/example.com"] = read with { Dkim = null, Failures = new Dictionary<DetailSection, Failure> { [DetailSection.Dkim] = dkimFailure } };
        var cut = RenderPage("example.com");
        cut.WaitForAssertion(() => Assert.Contains("req-429", cut.Find("[data-testid=dkim-section] [data-testid=failure-alert]").TextContent, StringComparison.Ordinal), Patience);
        Fake.Details["us-east-1/example.com"] = read;

        cut.Find("[data-testid=dkim-section] button[data-testid=retry]").Click();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=dkim-section] [data-testid=dns-record]").Count), Patience);
        Assert.Equal(("us-east-1", "example.com", DetailSection.Dkim), Assert.Single(Fake.RereadCalls));
        Assert.Single(Fake.DetailsCalls);
        Assert.Empty(cut.FindAll("[data-testid=failure-alert]"));
    }

    [Fact]
    public void DeletingNavigatesBackToTheList()
    {
        AddDomainDetails();
        var provider = RenderProviders();
        var cut = Render<IdentityDetailsPage>(p => p.Add(x => x.Identity, "example.com"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("button[data-testid=delete]")), Patience);

        cut.Find("button[data-testid=delete]").Click();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find(".mud-dialog input")), Patience);
        provider.Find(".mud-dialog input").Input("example.com");
        provider.Find("button[data-testid=confirm-delete]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Equal(navigation.BaseUri + "regions/us-east-1/identities", navigation.Uri), Patience);
        Assert.Equal(("us-east-1", "example.com"), Assert.Single(Fake.DeleteCalls));
    }
}
