using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Jobs;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Jobs;

namespace SesConsole.Tests.Component.Web.Jobs;

[Trait("Category", "Component")]
public sealed class VerifyManyPageTests : WebTestContext
{
    private readonly FakeBulkJobs _jobs = new();

    public VerifyManyPageTests()
    {
        Services.AddSingleton<IBulkJobs>(_jobs);
    }

    private IRenderedComponent<VerifyManyPage> RenderPage()
    {
        RenderProviders();
        return Render<VerifyManyPage>(p => p.Add(x => x.Region, "us-east-1"));
    }

    private static void Type(IRenderedComponent<VerifyManyPage> cut, string text) =>
        cut.Find("textarea").Change(text);

    [Fact]
    public void CheckingShowsEveryLineAsItWillBeSentWithItsVerdictAndSendsNothing()
    {
        _jobs.Held.Add("held.example");
        var cut = RenderPage();

        Type(cut, "Ann@Mail.Example\nheld.example\nAnn@MAIL.example\nnot a name\nBücher.Example.");
        cut.Find("button[data-testid=bulk-check]").Click();

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=bulk-verdict]").Count), Patience);
        Assert.Equal(
            ["Ready", "AlreadyExists", "Duplicate", "Invalid", "Ready"],
            cut.FindAll("[data-testid=bulk-verdict]").Select(v => v.GetAttribute("data-verdict")));
        Assert.Equal(
            ["Ann@mail.example", "held.example", "Ann@mail.example", "", "xn--bcher-kva.example"],
            cut.FindAll("[data-testid=bulk-normalized]").Select(n => n.TextContent));
        Assert.Equal("Verify 2 identities", cut.Find("button[data-testid=bulk-start]").TextContent.Trim());
        Assert.Empty(_jobs.VerifyStarts);
    }

    [Fact]
    public void StartingSendsTheCheckedPlanAndOpensTheJob()
    {
        var cut = RenderPage();
        Type(cut, "a@b.example\nc.example");
        cut.Find("button[data-testid=bulk-check]").Click();
        cut.WaitForElement("button[data-testid=bulk-start]", Patience);

        cut.Find("button[data-testid=bulk-start]").Click();

        cut.WaitForAssertion(() => Assert.Single(_jobs.VerifyStarts), Patience);
        var (plan, includeDkim) = _jobs.VerifyStarts[0];
        Assert.Equal(["a@b.example", "c.example"], plan.Ready.Select(l => l.Normalized));
        Assert.True(includeDkim);
        Assert.EndsWith($"/jobs/{_jobs.NextId}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyListIsRefusedWithItsReasonAndNothingIsShownToStart()
    {
        var cut = RenderPage();
        Type(cut, "\n\n");

        cut.Find("button[data-testid=bulk-check]").Click();

        cut.WaitForAssertion(() => Assert.Contains("The list is empty", cut.Markup, StringComparison.Ordinal), Patience);
        Assert.Empty(cut.FindAll("button[data-testid=bulk-start]"));
    }
}
