using System.Text;
using System.Text.RegularExpressions;
using Bunit;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;

namespace SesConsole.Tests.Component.Web.Grid;

/// <summary>
/// The grid's rows as one shared markup string each must be the HTML the Razor rows rendered: the expected file
/// (<c>GridRowHtml.expected.html</c>) was recorded by this test from the grid as it was before (<c>f42f247</c>: every
/// row Razor markup with its own handlers), and the same rows under every flag the row depends on must still parse to the same DOM.
/// </summary>
[Trait("Category", "Component")]
public sealed class GridRowHtmlTests : WebTestContext
{
    /// <summary>A name SES could list that HTML would misread if it were not encoded: quote, apostrophe, ampersand, angle brackets, mixed case.</summary>
    internal const string HostileName = "O'Brien&\"Co\"<b>x</b>@Example.COM";

    private static string ExpectedPath => Path.Combine(RepositoryPaths.Root, "SesConsole.Tests", "Component", "Web", "Grid", "GridRowHtml.expected.html");

    private void AddRows()
    {
        Fake.Identities.GetOrAdd("us-east-1", _ => []).AddRange(
        [
            new IdentitySummary("Mixed.Case@Example.COM", IdentityKind.EmailAddress, VerificationStatus.Success, MissingFeedbackTopics: true),
            new IdentitySummary("xn--bcher-kva.example", IdentityKind.Domain, VerificationStatus.Pending, DkimStatus: VerificationStatus.Pending),
            new IdentitySummary(HostileName, IdentityKind.EmailAddress, VerificationStatus.Failed, MissingFeedbackTopics: false),
            new IdentitySummary("dkim-off.example", IdentityKind.Domain, VerificationStatus.Success, DkimStatus: VerificationStatus.NotStarted),
            new IdentitySummary("b+tag/slash@Example.org", IdentityKind.EmailAddress, VerificationStatus.TemporaryFailure),
        ]);
        Fake.Add("eu-west-1", "eu.example", IdentityKind.Domain, VerificationStatus.Success);
    }

    private string RowsOf(string region, Action<IRenderedComponent<IdentitiesPage>>? arrange = null)
    {
        var page = Render<IdentitiesPage>(p => p.Add(x => x.Region, region));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=identity-link]")), Patience);
        arrange?.Invoke(page);
        return string.Join("\n", page.FindAll("tbody.mud-table-body > tr").Select(tr => tr.OuterHtml));
    }

    private string AllViews()
    {
        AddRows();
        RenderProviders();
        var text = new StringBuilder();
        void View(string title, string rows) => text.Append("<!-- ").Append(title).Append(" -->\n").Append(rows).Append('\n');

        View("admin, one region, nothing selected", RowsOf("us-east-1"));
        View("admin, one region, the page selected", RowsOf("us-east-1", page => page.Find("input[data-testid=select-page]").Change(true)));
        View("admin, one region, all matching selected", RowsOf("us-east-1", page =>
        {
            page.Find("input[data-testid=select-page]").Change(true);
            page.Find("button[data-testid=select-all-matching]").Click();
        }));
        View("admin, all regions", RowsOf("all"));
        SignInAsViewer();
        View("viewer, one region", RowsOf("us-east-1"));
        View("viewer, all regions", RowsOf("all"));
        return text.ToString();
    }

    /// <summary>
    /// The DOM as a browser builds it, less what only identifies a handler: bUnit's <c>blazor:on...</c> handler ids
    /// (the Razor rows had two per row), the delegated actions' <c>data-action</c>, <c>data-name</c> and
    /// <c>data-region</c> (the shared rows carry those instead) and whitespace-only text between tags (the Razor rows
    /// had one such text node between two cells, which a table does not show).
    /// </summary>
    private static string Comparable(string html) =>
        Regex.Replace(Regex.Replace(html.ReplaceLineEndings("\n"), @" (blazor:on[a-z]+|data-action|data-name|data-region)=""[^""]*""", string.Empty), @">\s+<", "><");

    [Fact]
    public void EveryRowIsTheHtmlTheRazorRowsRendered()
    {
        var actual = AllViews();

        Assert.Equal(Comparable(File.ReadAllText(ExpectedPath)), Comparable(actual));
    }

    [Fact]
    public void AHostileNameRoundTripsThroughEveryPlaceTheRowShowsIt()
    {
        AddRows();
        RenderProviders();
        var page = Render<IdentitiesPage>(p => p.Add(x => x.Region, "us-east-1"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=identity-link]")), Patience);

        var row = page.FindAll("tbody tr").Single(r => r.GetAttribute("data-name") == HostileName);

        Assert.Equal(HostileName, row.QuerySelector("[data-testid=identity-link]")!.TextContent);
        Assert.Empty(row.QuerySelectorAll("[data-testid=identity-link] b"));
        Assert.Equal($"Select {HostileName}", row.QuerySelector("[data-testid=select-row]")!.GetAttribute("aria-label"));
        Assert.Equal($"Details of {HostileName}", row.QuerySelector("[data-testid=row-details]")!.GetAttribute("aria-label"));
        Assert.Equal($"Delete {HostileName}", row.QuerySelector("[data-testid=row-delete]")!.GetAttribute("aria-label"));
        var href = row.QuerySelector("[data-testid=identity-link]")!.GetAttribute("href")!;
        Assert.Equal(HostileName, Uri.UnescapeDataString(href["/regions/us-east-1/identities/".Length..]));
        Assert.Equal(href, row.QuerySelector("[data-testid=row-details]")!.GetAttribute("href"));
    }
}
