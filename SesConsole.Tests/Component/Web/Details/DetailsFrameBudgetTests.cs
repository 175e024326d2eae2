using System.Reflection;
using Bunit;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;
using SesConsole.Web.Components.Pages.Identities.Notifications;
using SesConsole.Web.Components.Pages.Identities.Policies;

namespace SesConsole.Tests.Component.Web.Details;

/// <summary>
/// The details page's render-tree buffers (issue 13): a component keeps its frames in an array whose length is the
/// next power of two, so 257 frames cost as much as 512. These pin the page of a domain with six DNS records, two
/// policies and its notification switches below the sizes it was cut to, and check that the names the page now
/// writes into markup strings itself reach the browser exactly as SES gave them.
/// </summary>
[Trait("Category", "Component")]
public class DetailsFrameBudgetTests : WebTestContext
{
    private const string Domain = "example.com";

    private IRenderedComponent<IdentityDetailsPage> RenderDomain(string domain, string mailFromDomain, string recordValue, string firstPolicy = "AllowMarketingTeam")
    {
        var records = new List<DnsRecord> { new(DnsRecordType.TXT, $"_amazonses.{domain}", recordValue, DnsRecordRole.Verification) };
        records.AddRange(Fake.DkimRecords(domain));
        records.Add(new DnsRecord(DnsRecordType.MX, mailFromDomain, "10 feedback-smtp.us-east-1.amazonses.com", DnsRecordRole.MailFromMx));
        records.Add(new DnsRecord(DnsRecordType.TXT, mailFromDomain, "\"v=spf1 include:amazonses.com ~all\"", DnsRecordRole.MailFromSpf));
        Fake.Details[$"us-east-1/{domain}"] = new IdentityDetails(
            domain, IdentityKind.Domain, VerificationStatus.Success, recordValue,
            new DateTimeOffset(2025, 3, 4, 10, 15, 0, TimeSpan.Zero),
            new DkimInfo(true, VerificationStatus.Success, Fake.DkimTokens),
            new MailFromInfo(mailFromDomain, VerificationStatus.Success, "UseDefaultValue"), records);
        Fake.AddPolicy("us-east-1", domain, firstPolicy, "{}");
        Fake.AddPolicy("us-east-1", domain, "AllowBilling", "{}");
        RenderProviders();
        var cut = Render<IdentityDetailsPage>(p => p.Add(x => x.Identity, domain));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=policy]").Count), Patience);
        return cut;
    }

    [Fact]
    public void TheDetailsPageOfADomainWithSixRecordsFitsInABufferOf256Frames()
    {
        var cut = RenderDomain(Domain, $"mail.{Domain}", "tok3n=");

        Assert.Equal(6, cut.FindAll("[data-testid=dns-record]").Count);
        Assert.Equal(12, cut.FindAll("[data-testid=dns-record] button[data-testid=copy]").Count);
        Assert.InRange(FrameCount(cut.ComponentId), 1, 256);
    }

    [Fact]
    public void TheNotificationsSectionAndThePoliciesFitInBuffersOf128And64Frames()
    {
        var cut = RenderDomain(Domain, $"mail.{Domain}", "tok3n=");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=notification-topics]")), Patience);

        Assert.InRange(FrameCount(cut.FindComponent<NotificationsSection>().ComponentId), 1, 128);
        Assert.InRange(FrameCount(cut.FindComponent<PoliciesSection>().ComponentId), 1, 64);
    }

    [Fact]
    public void NamesWrittenIntoMarkupReachThePageByteForByte()
    {
        // Not names SES accepts; names the page must never let become markup.
        const string odd = "a<b>\"c\"&'d'.example";
        const string value = "<script>alert(\"x&y\")</script> 'v'";

        var cut = RenderDomain(odd, $"mail.{odd}", value, firstPolicy: odd);

        Assert.Equal($"_amazonses.{odd}", cut.Find("[data-testid=verification-section] [data-testid=dns-name]").TextContent);
        Assert.Equal(value, cut.Find("[data-testid=verification-section] [data-testid=dns-value]").TextContent);
        Assert.Empty(cut.FindAll("script"));
        Assert.Equal($"mail.{odd}", cut.Find("[data-testid=mail-from-section] p code").TextContent);
        Assert.Equal([odd, "_amazonses", odd, "amazonses:"], cut.FindAll("[data-testid=dns-hints] code").Select(c => c.TextContent));
        Assert.Equal(odd, cut.Find("[data-testid=identity-title]").TextContent);
        Assert.Equal([odd, "AllowBilling"], cut.FindAll("[data-testid=policy]").Select(p => p.TextContent));
    }

    [Fact]
    public void CopyButtonsOfTheRecordsCopyTheirOwnNameOrValue()
    {
        var cut = RenderDomain(Domain, $"mail.{Domain}", "tok3n=");
        var mailFrom = cut.FindAll("[data-testid=mail-from-section] [data-testid=dns-record]")[1];

        Assert.Equal("Copy value of the Custom MAIL FROM (SPF) record", mailFrom.QuerySelectorAll("button[data-testid=copy]")[1].GetAttribute("aria-label"));
        mailFrom.QuerySelectorAll("button[data-testid=copy]")[1].Click();

        cut.WaitForAssertion(() => Assert.Equal(["\"v=spf1 include:amazonses.com ~all\""], CopiedTexts()), Patience);
    }

    private int FrameCount(int componentId)
    {
        // The renderer's own count of the component's current frames (protected on Renderer; bUnit does not expose it).
        var method = typeof(Microsoft.AspNetCore.Components.RenderTree.Renderer).GetMethod(
            "GetCurrentRenderTreeFrames", BindingFlags.Instance | BindingFlags.NonPublic)!;
        var range = method.Invoke(Renderer, [componentId])!;
        return (int)range.GetType().GetField("Count")!.GetValue(range)!;
    }
}
