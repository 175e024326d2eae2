using SesConsole.Core.Identities;
using SesConsole.Web.Components.Pages.Identities.Grid;

namespace SesConsole.Tests.Unit.Web.Grid;

[Trait("Category", "Unit")]
public class IdentityGridUrlTests
{
    private static readonly string[] Regions = ["us-east-1", "eu-west-1"];

    [Fact]
    public void EveryPartOfTheViewRoundTripsThroughTheQueryString()
    {
        var view = new IdentityGridUrl("shop & co", IdentityKind.Domain, VerificationStatus.TemporaryFailure,
            IdentitySortField.Status, Descending: true, Page: 40, Size: 100, Region: "eu-west-1", MissingFeedbackTopics: true);

        var parsed = IdentityGridUrl.Parse(IdentityRoutes.Grid("all", view), Regions);

        Assert.Equal(view, parsed);
    }

    [Fact]
    public void TheQueryStringNamesFiltersInWordsAndLeavesDefaultsOut()
    {
        var view = IdentityGridUrl.Default with { Search = "a+b", Status = VerificationStatus.Success, Sort = IdentitySortField.Name, Page = 2 };

        Assert.Equal("?q=a%2Bb&status=verified&sort=name&page=2", view.ToQueryString());
        Assert.Equal(string.Empty, IdentityGridUrl.Default.ToQueryString());
    }

    [Fact]
    public void TheNoFeedbackTopicFilterIsWrittenAsFeedbackMissingAndBecomesTheQuerysFilter()
    {
        var view = IdentityGridUrl.Default with { MissingFeedbackTopics = true };

        Assert.Equal("?feedback=missing", view.ToQueryString());
        Assert.True(IdentityGridUrl.Parse("?feedback=MISSING", Regions).ToQuery().MissingFeedbackTopics);
        Assert.False(IdentityGridUrl.Parse("?feedback=whatever", Regions).MissingFeedbackTopics);
    }

    [Fact]
    public void ADescendingSortIsWrittenWithAMinus()
    {
        var view = IdentityGridUrl.Default with { Sort = IdentitySortField.Status, Descending = true };

        Assert.Equal("?sort=-status", view.ToQueryString());
        Assert.Equal(view, IdentityGridUrl.Parse("/regions/us-east-1/identities?sort=-status", Regions));
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?page=-3")]
    [InlineData("?page=abc")]
    [InlineData("?page=99999999999999")]
    [InlineData("?size=7")]
    [InlineData("?size=1000000")]
    [InlineData("?type=fax")]
    [InlineData("?status=maybe")]
    [InlineData("?sort=price")]
    [InlineData("?sort=-")]
    [InlineData("?region=mars-north-1")]
    [InlineData("?q=%20%20")]
    [InlineData("?%%%=&&&")]
    [InlineData("")]
    public void BadValuesFallBackToTheDefaultView(string query)
    {
        var parsed = IdentityGridUrl.Parse("https://console.example/regions/us-east-1/identities" + query, Regions);

        Assert.Equal(IdentityGridUrl.Default, parsed);
    }

    [Fact]
    public void KnownValuesAreReadWhateverTheirCase()
    {
        var parsed = IdentityGridUrl.Parse("?type=DOMAIN&status=Pending&sort=-Name", Regions);

        Assert.Equal(new IdentityGridUrl(null, IdentityKind.Domain, VerificationStatus.Pending, IdentitySortField.Name, true), parsed);
    }

    [Fact]
    public void AVeryLongSearchIsCutNotRefused()
    {
        var parsed = IdentityGridUrl.Parse("?q=" + new string('x', 5000), Regions);

        Assert.Equal(IdentityGridUrl.MaxSearchLength, parsed.Search!.Length);
    }

    [Fact]
    public void TheServiceQueryIsZeroBasedAndTheViewFromAQueryIsOneBased()
    {
        var view = new IdentityGridUrl("shop", IdentityKind.EmailAddress, null, IdentitySortField.Name, true, Page: 3, Size: 50);

        var query = view.ToQuery();

        Assert.Equal(new IdentityQuery(2, 50, "shop", IdentityKind.EmailAddress, null, IdentitySortField.Name, true), query);
        Assert.Equal(view, IdentityGridUrl.From(query, region: null));
    }

    [Theory]
    [InlineData("Ops+Billing@Example.com")]
    [InlineData("a/b@example.com")]
    [InlineData("xn--bcher-kva.example")]
    [InlineData("bücher@xn--bcher-kva.example")]
    [InlineData("100%@example.com")]
    [InlineData("what?#x@example.com")]
    [InlineData("sp ace@example.com")]
    public void TheDetailsPathCarriesAnyNameAsOneSegmentThatDecodesByteForByte(string name)
    {
        var path = IdentityRoutes.Details("us-east-1", name);

        var segments = path.Split('/');
        Assert.Equal(["", "regions", "us-east-1", "identities"], segments[..4]);
        Assert.Equal(5, segments.Length);
        Assert.DoesNotContain('?', segments[4]);
        Assert.DoesNotContain('#', segments[4]);
        Assert.Equal(name, Uri.UnescapeDataString(segments[4]));
    }

    [Fact]
    public void TheAllRegionsViewHasItsOwnPathSegment()
    {
        Assert.Equal("/regions/all/identities?region=eu-west-1",
            IdentityRoutes.Grid(IdentityRoutes.AllRegions, IdentityGridUrl.Default with { Region = "eu-west-1" }));
        Assert.True(IdentityRoutes.IsAllRegions("all"));
        Assert.False(IdentityRoutes.IsAllRegions("All"));
    }
}
