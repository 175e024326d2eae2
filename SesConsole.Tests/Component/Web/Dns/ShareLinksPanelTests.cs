using Bunit;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;
using SesConsole.Web.Sharing;

namespace SesConsole.Tests.Component.Web.Dns;

[Trait("Category", "Component")]
public sealed class ShareLinksPanelTests : WebTestContext
{


    private IRenderedComponent<IdentityDetailsPage> RenderDetails()
    {
        Fake.Details["us-east-1/example.com"] = new IdentityDetails(
            "example.com", IdentityKind.Domain, VerificationStatus.Pending, "tok3n=", null, null, null,
            [new DnsRecord(DnsRecordType.TXT, "_amazonses.example.com", "tok3n=", DnsRecordRole.Verification)]);
        RenderProviders();
        var cut = Render<IdentityDetailsPage>(p => p.Add(x => x.Identity, "example.com"));
        cut.WaitForElement("[data-testid=dns-check-section]", Patience);
        return cut;
    }

    [Fact]
    public void AViewerSeesNothingOfShareLinks()
    {
        ShareLinks.CanManage = false;

        var cut = RenderDetails();

        Assert.Empty(cut.FindAll("[data-testid=share-links-section]"));
        Assert.DoesNotContain("Share the DNS instructions", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAdminCreatesALinkWithTheDefaultSevenDaysAndSeesItsAddress()
    {
        ShareLinks.CanManage = true;
        var cut = RenderDetails();
        cut.WaitForElement("[data-testid=share-links-section]", Patience);
        Assert.Equal("7", cut.Find(".share-days input").GetAttribute("value"));

        cut.Find("button[data-testid=create-share-link]").Click();

        cut.WaitForElement("[data-testid=share-link-url]", Patience);
        Assert.Equal(("us-east-1", "example.com", 7), Assert.Single(ShareLinks.CreateCalls));
        var created = Assert.Single(ShareLinks.Links);
        Assert.Equal($"http://localhost{created.Path}", cut.Find("[data-testid=share-link-url]").TextContent);
        Assert.Equal("Active", cut.Find("[data-testid=share-link]").GetAttribute("data-state"));
    }

    [Fact]
    public void ADurationOutsideOneToThirtyDaysIsRefusedWithTheServicesMessage()
    {
        ShareLinks.CanManage = true;
        var cut = RenderDetails();
        cut.WaitForElement("[data-testid=share-links-section]", Patience);

        cut.Find(".share-days input").Change("45");
        cut.Find("button[data-testid=create-share-link]").Click();

        cut.WaitForAssertion(() => Assert.Contains("A link can be valid for 1 to 30 days, not 45.", cut.Markup, StringComparison.Ordinal), Patience);
        Assert.Empty(ShareLinks.Links);
        Assert.Empty(cut.FindAll("[data-testid=share-link-url]"));
    }

    [Fact]
    public void RevokingALinkMarksItRevokedAndHidesItsAddress()
    {
        ShareLinks.CanManage = true;
        var cut = RenderDetails();
        cut.WaitForElement("[data-testid=share-links-section]", Patience);
        cut.Find("button[data-testid=create-share-link]").Click();
        cut.WaitForElement("button[data-testid=revoke-share-link]", Patience);

        cut.Find("button[data-testid=revoke-share-link]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Revoked", cut.Find("[data-testid=share-link]").GetAttribute("data-state")), Patience);
        Assert.Equal(ShareLinks.Links[0].Id, Assert.Single(ShareLinks.RevokeCalls));
        Assert.Empty(cut.FindAll("button[data-testid=revoke-share-link]"));
        Assert.Empty(cut.FindAll("[data-testid=share-link-url]"));
        Assert.Equal(ShareLinkState.Revoked, ShareLinks.Links[0].State);
    }
}
