using SesConsole.Core.Identities;
using SesConsole.Web.Components.Pages.Identities;
using SesConsole.Web.Components.Pages.Identities.Grid;

namespace SesConsole.Tests.Unit.Web.Grid;

[Trait("Category", "Unit")]
public sealed class GridRowMarkupTests
{
    private static IdentityRow Row(string name, VerificationStatus status = VerificationStatus.Success) =>
        new(new IdentitySummary(name, IdentityKind.EmailAddress, status, "us-east-1"));

    private static string Href(string name) => IdentityRoutes.Details("us-east-1", name);

    [Fact]
    public void TheSameRowShownTheSameWayIsOneStringForEveryCircuit()
    {
        var first = GridRowMarkup.Row(Row("shared@example.com"), Href("shared@example.com"), GridRowFlags.Admin);
        var second = GridRowMarkup.Row(Row("shared@example.com"), Href("shared@example.com"), GridRowFlags.Admin);

        Assert.Same(first.Value, second.Value);
    }

    [Fact]
    public void NamesThatDifferOnlyInCaseAreTwoRows()
    {
        var lower = GridRowMarkup.Row(Row("case@example.com"), Href("case@example.com"), GridRowFlags.None);
        var upper = GridRowMarkup.Row(Row("Case@Example.com"), Href("Case@Example.com"), GridRowFlags.None);

        Assert.Contains(">case@example.com</a>", lower.Value, StringComparison.Ordinal);
        Assert.Contains(">Case@Example.com</a>", upper.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowChangesWithEveryValueItShows()
    {
        var name = "changes@example.com";
        var shown = new[]
        {
            GridRowMarkup.Row(Row(name), Href(name), GridRowFlags.CanSelect),
            GridRowMarkup.Row(Row(name), Href(name), GridRowFlags.CanSelect | GridRowFlags.Selected),
            GridRowMarkup.Row(Row(name), Href(name), GridRowFlags.CanSelect | GridRowFlags.AllMatching),
            GridRowMarkup.Row(Row(name), Href(name), GridRowFlags.CanSelect | GridRowFlags.Admin),
            GridRowMarkup.Row(Row(name, VerificationStatus.Failed), Href(name), GridRowFlags.CanSelect),
            GridRowMarkup.Row(Row(name), IdentityRoutes.Details("eu-west-1", name), GridRowFlags.CanSelect),
        };

        Assert.Equal(shown.Length, shown.Select(s => s.Value).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void SelectionFlagsWithoutACheckboxShareTheViewersRow()
    {
        var name = "viewer@example.com";
        var plain = GridRowMarkup.Row(Row(name), Href(name), GridRowFlags.None);
        var selected = GridRowMarkup.Row(Row(name), Href(name), GridRowFlags.Selected | GridRowFlags.AllMatching);

        Assert.Same(plain.Value, selected.Value);
        Assert.DoesNotContain("checkbox", plain.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCacheNeverHoldsMoreThanItsBound()
    {
        for (var i = 0; i < GridRowMarkup.MaxEntries + 100; i++)
        {
            var name = $"bound{i:D5}@example.com";
            GridRowMarkup.Row(Row(name), Href(name), GridRowFlags.None);
            Assert.True(GridRowMarkup.Count <= GridRowMarkup.MaxEntries, $"{GridRowMarkup.Count} rows cached after {i + 1}");
        }
    }
}
