using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Jobs;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;

namespace SesConsole.Tests.Component.Web.Grid;

[Trait("Category", "Component")]
public sealed class DeleteManyTests : WebTestContext
{
    private readonly FakeBulkJobs _jobs = new();

    public DeleteManyTests()
    {
        Services.AddSingleton<IBulkJobs>(_jobs);
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private (IRenderedComponent<MudBlazor.MudDialogProvider> Provider, IRenderedComponent<IdentitiesPage> Page) RenderGrid(int rows)
    {
        Fake.Add("us-east-1", "Mixed.Case@Example.COM", IdentityKind.EmailAddress, VerificationStatus.Success);
        Fake.Add("us-east-1", "xn--bcher-kva.example", IdentityKind.Domain, VerificationStatus.Pending);
        for (var i = 2; i < rows; i++)
        {
            Fake.Add("us-east-1", $"n{i:D3}.example", IdentityKind.Domain, VerificationStatus.Success);
        }

        var provider = RenderProviders();
        var page = Render<IdentitiesPage>();
        page.WaitForAssertion(() => Assert.Equal(Math.Min(rows, 25), page.FindAll("[data-testid=identity-link]").Count), Patience);
        return (provider, page);
    }

    private static IReadOnlyList<string> Shown(IRenderedComponent<IdentitiesPage> page) =>
        page.FindAll("[data-testid=identity-link]").Select(l => l.TextContent).ToList();

    private static void Check(IElement box) => box.Change(new ChangeEventArgs { Value = true });

    private static IRenderedComponent<MudBlazor.MudDialogProvider> OpenDialog(
        IRenderedComponent<MudBlazor.MudDialogProvider> provider, IRenderedComponent<IdentitiesPage> page)
    {
        page.Find("button[data-testid=delete-selected]").Click();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=delete-many-start]")), Patience);
        return provider;
    }

    [Fact]
    public void ViewerSeesNeitherCheckboxesNorTheDeleteButton()
    {
        SignInAsViewer();

        var (_, page) = RenderGrid(3);

        Assert.Empty(page.FindAll("[data-testid=select-row]"));
        Assert.Empty(page.FindAll("[data-testid=select-page]"));
        Assert.Empty(page.FindAll("[data-testid=delete-selected]"));
    }

    [Fact]
    public void AdminGetsAPlainLabelledCheckboxPerRowAndDeleteStaysDisabledUntilOneIsPicked()
    {
        var (_, page) = RenderGrid(3);

        var boxes = page.FindAll("input[data-testid=select-row]");
        Assert.Equal(3, boxes.Count);
        Assert.All(boxes, b => Assert.Equal("checkbox", b.GetAttribute("type")));
        Assert.Equal(Shown(page).Select(n => $"Select {n}"), boxes.Select(b => b.GetAttribute("aria-label")));
        Assert.True(page.Find("button[data-testid=delete-selected]").HasAttribute("disabled"));

        page.FindAll("input[data-testid=select-row]")[1].ClickInRow();

        Assert.False(page.Find("button[data-testid=delete-selected]").HasAttribute("disabled"));
        Assert.Equal("Delete 1 selected", page.Find("button[data-testid=delete-selected]").TextContent.Trim());
    }

    [Fact]
    public void ThePageCheckboxSelectsEveryRowOfThePageAndOffersAllMatching()
    {
        var (_, page) = RenderGrid(30);

        Check(page.Find("input[data-testid=select-page]"));

        Assert.All(page.FindAll("input[data-testid=select-row]"), b => Assert.True(b.HasAttribute("checked")));
        Assert.Equal("Delete 25 selected", page.Find("button[data-testid=delete-selected]").TextContent.Trim());
        Assert.Contains("Select all 30 matching this view", page.Find("[data-testid=select-all-matching]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void APageOfOneRowSaysSoInTheSingular()
    {
        Fake.Add("us-east-1", "only.example", IdentityKind.Domain, VerificationStatus.Pending);
        RenderProviders();
        var page = Render<IdentitiesPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=identity-link]")), Patience);

        Check(page.Find("input[data-testid=select-page]"));

        Assert.StartsWith("The identity on this page is selected.", page.Find("[data-testid=selection-banner]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("1 identity", page.Find("[data-testid=total-count]").TextContent.Trim());
    }

    [Fact]
    public void TheDialogListsTheNamesByteForByteAndWaitsForTheTypedCount()
    {
        var (provider, page) = RenderGrid(3);
        var picked = Shown(page).Take(2).ToList();
        page.FindAll("input[data-testid=select-row]")[0].ClickInRow();
        page.FindAll("input[data-testid=select-row]")[1].ClickInRow();

        OpenDialog(provider, page);

        Assert.Equal(picked, provider.FindAll("[data-testid=delete-many-name]").Select(n => n.TextContent));
        Assert.Contains("Mixed.Case@Example.COM", picked);
        var start = () => provider.Find("button[data-testid=delete-many-start]");
        Assert.True(start().HasAttribute("disabled"));
        provider.Find("input[data-testid=delete-many-confirm-input], [data-testid=delete-many-confirm-input] input").Input("3");
        Assert.True(start().HasAttribute("disabled"));
        provider.Find("input[data-testid=delete-many-confirm-input], [data-testid=delete-many-confirm-input] input").Input("2");
        provider.WaitForAssertion(() => Assert.False(start().HasAttribute("disabled")), Patience);
        Assert.Empty(_jobs.DeleteStarts);
    }

    [Fact]
    public void ConfirmStartsTheJobWithExactlyThePickedNamesAndOpensItsPage()
    {
        var (provider, page) = RenderGrid(3);
        var shown = Shown(page);
        page.FindAll("input[data-testid=select-row]")[2].ClickInRow();
        page.FindAll("input[data-testid=select-row]")[0].ClickInRow();
        OpenDialog(provider, page);

        provider.Find("[data-testid=delete-many-confirm-input] input, input[data-testid=delete-many-confirm-input]").Input("2");
        provider.WaitForAssertion(() => Assert.False(provider.Find("button[data-testid=delete-many-start]").HasAttribute("disabled")), Patience);
        provider.Find("button[data-testid=delete-many-start]").Click();

        provider.WaitForAssertion(() => Assert.Single(_jobs.DeleteStarts), Patience);
        var (region, identities, typed) = _jobs.DeleteStarts[0];
        Assert.Equal("us-east-1", region);
        Assert.Equal([shown[2], shown[0]], identities);
        Assert.Equal("2", typed);
        page.WaitForAssertion(() => Assert.EndsWith($"/jobs/{_jobs.NextId}", Navigation.Uri, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void AllMatchingReadsEveryPageOfTheViewFromTheIndexWhenDeleting()
    {
        var (provider, page) = RenderGrid(30);
        Check(page.Find("input[data-testid=select-page]"));
        page.Find("button[data-testid=select-all-matching]").Click();
        // Rows added after the selection are read too: the index decides when the delete starts, not the page.
        Fake.Add("us-east-1", "Late.Arrival@Example.COM", IdentityKind.EmailAddress, VerificationStatus.Pending);

        OpenDialog(provider, page);

        var names = provider.FindAll("[data-testid=delete-many-name]").Select(n => n.TextContent).ToList();
        Assert.Equal(31, names.Count);
        Assert.Contains("Late.Arrival@Example.COM", names);
        Assert.Contains("31", provider.Find("[data-testid=delete-many-count]").TextContent, StringComparison.Ordinal);
        provider.Find("[data-testid=delete-many-confirm-input] input, input[data-testid=delete-many-confirm-input]").Input("31");
        provider.WaitForAssertion(() => Assert.False(provider.Find("button[data-testid=delete-many-start]").HasAttribute("disabled")), Patience);
        provider.Find("button[data-testid=delete-many-start]").Click();

        provider.WaitForAssertion(() => Assert.Single(_jobs.DeleteStarts), Patience);
        Assert.Equal(names, _jobs.DeleteStarts[0].Identities);
    }

    [Fact]
    public void CancellingTheDialogStartsNothingAndKeepsTheSelection()
    {
        var (provider, page) = RenderGrid(3);
        page.FindAll("input[data-testid=select-row]")[0].ClickInRow();
        OpenDialog(provider, page);

        provider.Find("button[data-testid=cancel]").Click();

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=delete-many-dialog]")), Patience);
        Assert.Empty(_jobs.DeleteStarts);
        Assert.True(page.FindAll("input[data-testid=select-row]")[0].HasAttribute("checked"));
    }

    [Fact]
    public void ALongSelectionIsSummarisedAfterTheFirstHundredNamesButTheJobGetsThemAll()
    {
        var (provider, page) = RenderGrid(130);
        Check(page.Find("input[data-testid=select-page]"));
        page.Find("button[data-testid=select-all-matching]").Click();

        OpenDialog(provider, page);

        Assert.Equal(DeleteManyDialog.ListedNames, provider.FindAll("[data-testid=delete-many-name]").Count);
        Assert.Contains("and 30 more", provider.Find("[data-testid=delete-many-more]").TextContent, StringComparison.Ordinal);
        provider.Find("[data-testid=delete-many-confirm-input] input, input[data-testid=delete-many-confirm-input]").Input("130");
        provider.WaitForAssertion(() => Assert.False(provider.Find("button[data-testid=delete-many-start]").HasAttribute("disabled")), Patience);
        provider.Find("button[data-testid=delete-many-start]").Click();

        provider.WaitForAssertion(() => Assert.Single(_jobs.DeleteStarts), Patience);
        Assert.Equal(130, _jobs.DeleteStarts[0].Identities.Distinct(StringComparer.Ordinal).Count());
    }
}
