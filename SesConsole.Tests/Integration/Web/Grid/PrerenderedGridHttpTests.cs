using System.Net;
using AngleSharp.Html.Parser;
using SesConsole.Tests.Support.SignIn;

namespace SesConsole.Tests.Integration.Web.Grid;

/// <summary>
/// A new operator's first rows come with the page: the grid's first HTML response (prerendered, before any circuit)
/// holds the first page's rows from the identity index and its pager, not a skeleton.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PrerenderedGridHttpTests(AuthAppFixture fixture) : IClassFixture<AuthAppFixture>
{
    private const string Region = AuthAppFactory.Region;

    [Fact]
    public async Task TheGridsFirstHtmlResponseHoldsTheFirstPagesRows()
    {
        await using var admin = await fixture.SignInServiceAsync("admin");
        const string email = "first-rows@example.com";
        Assert.True((await admin.Service.Changes.VerifyEmailAsync(Region, email, CancellationToken.None)).Succeeded);
        using var viewer = await SignedInClient.SignInAsync(fixture.App, "viewer");

        using var response = await viewer.App.GetAsync($"/regions/{Region}/identities");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        using var document = await new HtmlParser().ParseDocumentAsync(html);
        var link = document.QuerySelectorAll("[data-testid=identity-link]").FirstOrDefault(a => a.TextContent.Trim() == email);
        Assert.NotNull(link);
        Assert.Equal($"/regions/{Region}/identities/{Uri.EscapeDataString(email)}", link.GetAttribute("href"));
        Assert.Empty(document.QuerySelectorAll("[data-testid=skeleton-row]"));
        Assert.StartsWith("1-", document.QuerySelector("[data-testid=pager-info]")!.TextContent.Trim(), StringComparison.Ordinal);
        // The controls stay disabled until the circuit is live: a click before then is never dropped.
        Assert.True(document.QuerySelector("fieldset[data-testid=circuit-gate]")!.HasAttribute("disabled"));
    }

    [Fact]
    public async Task AnInvalidValueInTheGridsUrlRedirectsToTheUrlWithoutIt()
    {
        using var viewer = await SignedInClient.SignInAsync(fixture.App, "viewer");

        using var response = await viewer.App.GetAsync($"/regions/{Region}/identities?pendingOver=soon&status=pending");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith($"/regions/{Region}/identities?status=pending", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
