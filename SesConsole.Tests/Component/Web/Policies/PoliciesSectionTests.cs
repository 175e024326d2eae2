using Bunit;
using SesConsole.Core.Identities;
using SesConsole.Tests.Component.Web.Policies.Support;
using SesConsole.Web.Components.Pages.Identities.Policies;

namespace SesConsole.Tests.Component.Web.Policies;

[Trait("Category", "Component")]
public class PoliciesSectionTests : PolicyTestContext
{
    private IRenderedComponent<PoliciesSection> RenderSection(bool verified = true)
    {
        _ = Provider;
        return Render<PoliciesSection>(p => p
            .Add(x => x.Region, Region)
            .Add(x => x.Identity, Domain)
            .Add(x => x.Verified, verified));
    }

    private void AddTwoPolicies()
    {
        Fake.AddPolicy(Region, Domain, "AllowMarketingPlatform", Document("111122223333", "arn:aws:iam::444455556666:role/Mailer"));
        Fake.AddPolicy(Region, Domain, "AllowBillingService", Document("777788889999"));
    }

    private static void Expand(IRenderedComponent<PoliciesSection> cut, int index) =>
        cut.FindAll("[data-testid=policy-panel] .mud-expand-panel-header")[index].Click();

    private static void ExpandAll(IRenderedComponent<PoliciesSection> cut)
    {
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=policy-panel]").Count), Patience);
        Expand(cut, 0);
        Expand(cut, 1);
    }

    [Fact]
    public void AClosedPanelRendersNoContentAndItsHeaderSaysSo()
    {
        SignInAsAdmin();
        AddTwoPolicies();
        var cut = RenderSection();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=policy-panel]").Count), Patience);

        Assert.Empty(cut.FindAll("[data-testid=policy-json]"));
        Assert.Empty(cut.FindAll("button[data-testid=edit-policy]"));
        Assert.All(cut.FindAll("button.mud-expand-panel-header"), h => Assert.Equal("false", h.GetAttribute("aria-expanded")));

        Expand(cut, 1);

        var json = Assert.Single(cut.FindAll("[data-testid=policy-json]"));
        Assert.Contains("777788889999", json.TextContent, StringComparison.Ordinal);
        Assert.Equal(["false", "true"], cut.FindAll("button.mud-expand-panel-header").Select(h => h.GetAttribute("aria-expanded")));

        Expand(cut, 1);

        Assert.Empty(cut.FindAll("[data-testid=policy-json]"));
    }

    [Fact]
    public void ListsThePoliciesByNameWithTheirCount()
    {
        SignInAsViewer();
        AddTwoPolicies();

        var cut = RenderSection();

        cut.WaitForAssertion(() => Assert.Equal(
            ["AllowMarketingPlatform", "AllowBillingService"], cut.FindAll("[data-testid=policy]").Select(p => p.TextContent)), Patience);
        Assert.Equal("2 of 20", cut.Find("[data-testid=policy-count]").TextContent);
        Assert.Equal(["allows 2 principals", "allows AWS account 777788889999"], cut.FindAll("[data-testid=policy-summary]").Select(p => p.TextContent));
    }

    [Fact]
    public void AnExpandedPolicyShowsItsJsonPrettyPrinted()
    {
        SignInAsViewer();
        Fake.AddPolicy(Region, Domain, "Compact", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"111122223333"}}]}""");
        var cut = RenderSection();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=policy-panel]")), Patience);

        Expand(cut, 0);

        cut.WaitForAssertion(() => Assert.Equal(
            "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\n        \"AWS\": \"111122223333\"\n      }\n    }\n  ]\n}",
            cut.Find("[data-testid=policy-json]").TextContent), Patience);
        Assert.NotNull(cut.Find("[data-testid=policy-panel] button[data-testid=copy]"));
    }

    [Fact]
    public void AViewerSeesThePoliciesButNoWayToChangeThem()
    {
        SignInAsViewer();
        AddTwoPolicies();
        var cut = RenderSection();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=policy-panel]").Count), Patience);

        Expand(cut, 0);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=policy-json]")), Patience);
        Assert.Empty(cut.FindAll("[data-testid=new-policy]"));
        Assert.Empty(cut.FindAll("[data-testid=edit-policy]"));
        Assert.Empty(cut.FindAll("[data-testid=delete-policy]"));
    }

    [Fact]
    public void AnAdminCanAddEditAndDelete()
    {
        SignInAsAdmin();
        AddTwoPolicies();
        var cut = RenderSection();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=policy-panel]").Count), Patience);
        ExpandAll(cut);

        Assert.False(cut.Find("button[data-testid=new-policy]").HasAttribute("disabled"));
        Assert.Equal(2, cut.FindAll("button[data-testid=edit-policy]").Count);
        Assert.Equal(2, cut.FindAll("button[data-testid=delete-policy]").Count);
    }

    [Fact]
    public void AnUnverifiedIdentityCannotGetANewPolicyAndSaysWhy()
    {
        SignInAsAdmin();

        var cut = RenderSection(verified: false);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=policies-empty]")), Patience);
        Assert.True(cut.Find("button[data-testid=new-policy]").HasAttribute("disabled"));
        Assert.Contains("SES accepts policies only on verified identities", cut.Find("[data-testid=new-policy-blocked]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TwentyPoliciesAreTheMost()
    {
        SignInAsAdmin();
        for (var i = 1; i <= 20; i++)
        {
            Fake.AddPolicy(Region, Domain, $"Policy{i}", Document("111122223333"));
        }

        var cut = RenderSection();

        cut.WaitForAssertion(() => Assert.Equal("20 of 20", cut.Find("[data-testid=policy-count]").TextContent), Patience);
        Assert.True(cut.Find("button[data-testid=new-policy]").HasAttribute("disabled"));
        Assert.Contains("the most SES allows", cut.Find("[data-testid=new-policy-blocked]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPoliciesMeansOnlyThisAccountCanSend()
    {
        SignInAsViewer();

        var cut = RenderSection();

        cut.WaitForAssertion(() => Assert.Equal(
            "No sending-authorization policies: only this account can send from this identity.",
            cut.Find("[data-testid=policies-empty]").TextContent.Trim()), Patience);
        Assert.Equal("0 of 20", cut.Find("[data-testid=policy-count]").TextContent);
    }

    [Fact]
    public void LoadingThenAFailureWithRetry()
    {
        SignInAsViewer();
        Fake.GetPoliciesGate = new TaskCompletionSource();
        Fake.GetPoliciesFailure = new Failure(FailureKind.AccessDenied, "The console's AWS role may not call ses:GetIdentityPolicies.");
        var cut = RenderSection();
        Assert.NotNull(cut.Find("[data-testid=policies-loading]"));

        Fake.GetPoliciesGate.SetResult();
        cut.WaitForAssertion(() => Assert.Contains("may not call ses:GetIdentityPolicies", cut.Find("[data-testid=failure-alert]").TextContent, StringComparison.Ordinal), Patience);
        Fake.GetPoliciesFailure = null;
        AddTwoPolicies();
        cut.Find("button[data-testid=retry]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=policy-panel]").Count), Patience);
    }

    [Fact]
    public void ANewPolicyAppearsAfterSavingWithASnackbar()
    {
        SignInAsAdmin();
        var cut = RenderSection();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=policies-empty]")), Patience);

        cut.Find("button[data-testid=new-policy]").Click();
        Provider.WaitForAssertion(() => Assert.NotNull(Provider.Find("input[data-testid=policy-name]")), Patience);
        Provider.Find("input[data-testid=policy-name]").Input("AllowPartner");
        AddPrincipal(Provider, "111122223333");
        Provider.WaitForAssertion(() => Assert.Single(Provider.FindAll("[data-testid=principal-chip]")), Patience);
        SaveButton(Provider).Click();

        cut.WaitForAssertion(() => Assert.Equal(["AllowPartner"], cut.FindAll("[data-testid=policy]").Select(p => p.TextContent)), Patience);
        Assert.Contains("Policy AllowPartner was added to example.com.", SnackbarMessages);
        Assert.Empty(Provider.FindAll("[data-testid=policy-editor]"));
    }

    [Fact]
    public void DeletingFromTheSectionRemovesThePolicy()
    {
        SignInAsAdmin();
        AddTwoPolicies();
        var cut = RenderSection();
        ExpandAll(cut);
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("button[data-testid=delete-policy]").Count), Patience);

        cut.FindAll("button[data-testid=delete-policy]")[1].Click();
        Provider.WaitForAssertion(() => Assert.Equal("AllowBillingService", Provider.Find("[data-testid=delete-policy-name]").TextContent), Patience);
        Provider.Find("button[data-testid=confirm-delete-policy]").Click();

        cut.WaitForAssertion(() => Assert.Equal(["AllowMarketingPlatform"], cut.FindAll("[data-testid=policy]").Select(p => p.TextContent)), Patience);
        Assert.Contains("Policy AllowBillingService was deleted from example.com.", SnackbarMessages);
    }

    [Fact]
    public void EditOpensWithThePolicyAndSavesIt()
    {
        SignInAsAdmin();
        AddTwoPolicies();
        var cut = RenderSection();
        ExpandAll(cut);
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("button[data-testid=edit-policy]").Count), Patience);

        cut.FindAll("button[data-testid=edit-policy]")[1].Click();
        Provider.WaitForAssertion(() => Assert.Equal("777788889999", Provider.Find("[data-testid=principal-chip]").TextContent.Trim()), Patience);
        Provider.Find("input[data-testid=action-SendRawEmail]").Change(false);
        SaveButton(Provider).Click();

        cut.WaitForAssertion(() => Assert.Contains("Policy AllowBillingService was saved.", SnackbarMessages), Patience);
        Assert.DoesNotContain("ses:SendRawEmail", Fake.Policies[$"{Region}/{Domain}"][1].Document, StringComparison.Ordinal);
    }
}
